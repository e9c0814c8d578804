import { css } from 'lit';

/** The reference tables of the docs pages (the dataset browser and the theming reference). */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    border: 1px solid #d4d6da;
    padding: 0.375rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  th {
    background: #f2f3f5;
  }
  code {
    font-family: ui-monospace, monospace;
  }
`;
