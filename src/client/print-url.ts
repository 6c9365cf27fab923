/** Puts the page's full address, with its view state, into the print-only footer line. */
export function showAddressInPrint(): void {
  const target = document.querySelector<HTMLElement>('[data-print-url]');
  if (target) target.textContent = location.href;
}

showAddressInPrint();
window.addEventListener('beforeprint', showAddressInPrint);
