// The Northern Ledger's own page script: the print button. Kept external so the strict CSP holds.
for (const button of document.querySelectorAll('[data-ledger-print]')) {
  button.addEventListener('click', () => window.print());
}
