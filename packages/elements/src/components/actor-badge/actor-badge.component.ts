import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Person } from '@iranwire/rapprochement-data';
import { VERSION } from '../../shared/define.js';
import { loadSlices, loadTranslations } from '../../shared/data-slices.js';
import { DatasetController, type DatasetIndex } from '../../shared/dataset.js';
import { renderError, renderStoryError, warnOnce } from '../../shared/error-state.js';
import { LocalizeController, type Calendar } from '../../shared/localize.js';
import { displayName, monogram } from '../../shared/people.js';
import { inline, recordText } from '../../shared/record-text.js';
import { themeStyles, translationStyles } from '../../shared/shared.styles.js';
import { actorBadgeStyles } from './actor-badge.styles.js';
import type { renderPanel } from './actor-badge.panel.js';

/** The role line and the organization line of a badge. */
interface RoleParts {
  role: TemplateResult;
  organization: unknown[] | undefined;
}

/**
 * @tag iw-actor-badge
 * @summary A person from the story: name, role at the time and organization, with a disclosure
 * listing the person's events and quotes.
 *
 * @csspart base - The wrapper around the trigger and the panel.
 * @csspart trigger - The button that opens the panel.
 * @csspart avatar - The decorative monogram.
 * @csspart name - The person's name.
 * @csspart role - The role at the time of the story.
 * @csspart organization - The organization of that role.
 * @csspart panel - The popover listing the person's events and quotes.
 * @csspart error - The error shown for an unknown person or invalid data.
 *
 * @attribute src-origins - Other origins, space-separated, that `src` may fetch a story from.
 *
 * @cssproperty --iw-actor-badge-avatar-size - Diameter of the monogram (default 2.8em of its 0.8em text: 36px at 16px).
 * @cssproperty --iw-actor-badge-avatar-background - Monogram background (default: the accent colour).
 * @cssproperty --iw-actor-badge-avatar-color - Monogram text colour.
 * @cssproperty --iw-actor-badge-background - Badge background.
 * @cssproperty --iw-actor-badge-border-color - Badge border.
 * @cssproperty --iw-accent-color - Accent colour shared by all components: links, dots, pressed chips, monograms.
 * @cssproperty --iw-on-accent-color - Text on the accent colour (pressed chips, monograms).
 * @cssproperty --iw-text-color - Text colour shared by all components.
 * @cssproperty --iw-muted-color - Secondary text colour shared by all components.
 * @cssproperty --iw-surface-color - Background shared by all components.
 * @cssproperty --iw-raised-color - Background of raised and hovered areas (quote cards, hovered events and badges).
 * @cssproperty --iw-border-color - Borders shared by all components.
 * @cssproperty --iw-focus-color - Focus ring shared by all components.
 * @cssproperty --iw-error-color - Text and border of error messages (invalid data, unknown ids).
 * @cssproperty --iw-mark-color - Background of the quoted fragment marked in its sentence.
 * @cssproperty --iw-mark-text-color - Text colour of that marked fragment.
 * @cssproperty --iw-radius - Corner radius of cards, events, buttons and error boxes (default 0.5em).
 * @cssproperty --iw-font-family - Font (default: inherited from the page).
 * @cssproperty --iw-font-size - Base text size; everything inside scales with it (default `medium`, 16px in most browsers).
 * @cssproperty --iw-persian-font-family - Font of Persian text (default: the page's --iw-font-family, else system fonts that suit Naskh script).
 * @cssproperty --iw-persian-font-size - Size of Persian text, relative to --iw-font-size (default 1.0625em).
 * @cssproperty --iw-persian-line-height - Line height of Persian text (default 1.8).
 */
export class IwActorBadge extends LitElement {
  static version = VERSION;
  static override styles = [themeStyles, translationStyles, actorBadgeStyles];
  static override properties = {
    person: { reflect: true },
    lang: {},
    dir: {},
    size: { reflect: true },
    calendar: { reflect: true },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    src: {},
    data: { attribute: false },
    open: { state: true, attribute: false },
  };

  /** Id of the person in the dataset, e.g. `mohammad-khatami`. */
  person = '';

  /** `en` or `fa`; when absent, the nearest ancestor's `lang` (default English). */
  override lang = '';

  /** `ltr` or `rtl`; when absent, follows `lang`, else the nearest ancestor's `dir`. */
  override dir = '';

  /** `block` (default) shows name, role and organization; `inline` sits in running text. */
  size: 'block' | 'inline' = 'block';

  /** `gregory` or `persian`; defaults to Persian for `lang="fa"`. */
  calendar: Calendar | null = null;

  /**
   * `auto` follows the page's declared `color-scheme` (light when it declares none), `light` or
   * `dark`. An inline badge's text takes the paragraph's colours whatever the theme; the theme
   * colours its panel.
   */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * Level (2–6) of the panel's heading, the person's name; its "Events" and "Quotes" headings are one
   * level below. Default 2, so a page whose only heading is its `h1` skips no level.
   */
  headingLevel: number | string | null = null;

  /**
   * URL of a story (a dataset of the same schema, as JSON) to show instead of the built-in one: from
   * the page's own origin, or from one listed in the `src-origins` attribute. Validated before use;
   * a failed fetch or invalid data shows what is wrong.
   */
  src: string | null = null;

  /** A custom dataset of the same schema; validated before use. */
  data: Dataset | undefined;

  /** @internal */
  private open = false;

  readonly #l10n = new LocalizeController(this);
  readonly #store = new DatasetController(this, {
    slices: ['people'],
    lang: () => this.#l10n.lang,
  });
  readonly #warned = new Set<string>();
  /** The panel's renderer, imported when the panel first opens. */
  #renderPanel: typeof renderPanel | undefined;
  #panelLoading: Promise<void> | undefined;

  /** Settles when the component has rendered its data (custom data validated first). */
  get rendered(): Promise<void> {
    return this.#store.rendered();
  }

  protected override render() {
    const { strings } = this.#l10n;
    if (this.#store.issues) return renderStoryError(this.#store.issues, this.#l10n);
    const index = this.#store.resolved?.index;
    if (!index) return html`<span role="status">${strings.loading}</span>`;
    const person = index.getPerson(this.person);
    if (!person) {
      warnOnce(this, this.#warned, `unknown person "${this.person}"`);
      return renderError(strings.unknown('person', this.person));
    }
    return this.#renderBadge(person, index);
  }

  #renderBadge(person: Person, index: DatasetIndex) {
    const { lang, dir, strings } = this.#l10n;
    const localized = displayName(person, lang, index.dataset);
    const name = localized.text;
    const roleParts = this.#roleParts(person, index);
    return html`<span class="base" part="base" lang=${lang} dir=${dir}>
      <button
        class="trigger"
        part="trigger"
        type="button"
        popovertarget="panel"
        aria-controls="panel"
        aria-expanded=${this.open ? 'true' : 'false'}
      >
        <span class="avatar" part="avatar" aria-hidden="true">${monogram(name)}</span>
        <span class="text">
          <span class="name" part="name">${inline(localized, lang)}</span>
          ${roleParts ? html`<span class="role" part="role">${roleParts.role}</span>` : nothing}
          ${roleParts?.organization ? html`<span class="organization" part="organization">${roleParts.organization}</span>` : nothing}
        </span>
      </button>
      <div
        id="panel"
        class="panel"
        part="panel"
        popover="auto"
        role="group"
        aria-label=${strings.personDetails(name)}
        @beforetoggle=${this.#onBeforeToggle}
        @keydown=${this.#onPanelKeydown}
        @focusout=${this.#onPanelFocusout}
      >
        ${
          this.open && this.#renderPanel
            ? this.#renderPanel({
                person,
                index,
                name: localized,
                roleParts,
                l10n: this.#l10n,
                headingLevel: this.headingLevel,
                hide: this.#hide,
                close: () => this.#close(),
              })
            : nothing
        }
      </div>
    </span>`;
  }

  /**
   * The roles held at the time of the story, time-qualified ("President of Iran (at the time)"), and
   * their organization, in the reader's language where the story has their translation.
   */
  #roleParts(person: Person, index: DatasetIndex): RoleParts | undefined {
    const { lang, strings } = this.#l10n;
    const story = index.dataset;
    const roles = person.roles.filter((role) => role.when === 'then');
    if (roles.length === 0) return undefined;
    const titles = roles.map((role) =>
      recordText(person, `roles.${person.roles.indexOf(role)}.title`, lang, story),
    );
    const organizations = [
      ...new Set(
        roles
          .map((role) => role.organization && index.getOrganization(role.organization))
          .filter((organization) => !!organization),
      ),
    ].map((organization, at) => [
      at ? strings.comma : '',
      inline(displayName(organization, lang, story), lang),
    ]);
    return {
      role: html`${titles.map(
        (title, at) => html`${at ? strings.semicolon : ''}${inline(title, lang)}`,
      )}
      (${strings.atTheTime})`,
      organization: organizations.length ? organizations : undefined,
    };
  }

  #onBeforeToggle(event: ToggleEvent): void {
    this.open = event.newState === 'open';
    // The panel's code, and in the script-tag build the events and quotes it lists, come on first
    // opening (docs/decisions/0029); the panel fills in when they are here, a moment later.
    if (this.open) {
      this.#panelLoading ??= Promise.all([
        import('./actor-badge.panel.js'),
        loadSlices('events', 'quotes').then(() =>
          loadTranslations(this.#l10n.lang, 'events', 'quotes'),
        ),
      ]).then(
        ([{ renderPanel }]) => {
          this.#renderPanel = renderPanel;
          this.requestUpdate();
        },
        (error: unknown) => {
          // Offline, or the file is gone: say so once, and try again at the next opening.
          this.#panelLoading = undefined;
          console.error('<iw-actor-badge> could not load its panel:', error);
        },
      );
    }
  }

  /** Also waits for the panel's code when the panel is open, so that tests see its content. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.open && !this.#renderPanel && this.#panelLoading) {
      await this.#panelLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #onPanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.#close();
    }
  }

  /**
   * Focus that leaves the panel for anything but its trigger closes it (the disclosure pattern), so an
   * open panel never hides the focused element under it. Focus stays where the reader moved it.
   */
  #onPanelFocusout({ currentTarget: panel, relatedTarget: to }: FocusEvent): void {
    if (to && !(panel as Node).contains(to as Node) && to !== this.#trigger()) this.#hide();
  }

  #trigger = () => this.renderRoot.querySelector<HTMLElement>('.trigger');
  /** Following an event's link also closes the panel: the timeline brings the event into view. */
  #hide = () => this.renderRoot.querySelector<HTMLElement>('.panel')?.hidePopover();

  /** Closes the panel and returns focus to the trigger. */
  #close(): void {
    this.#hide();
    this.#trigger()?.focus();
  }
}
