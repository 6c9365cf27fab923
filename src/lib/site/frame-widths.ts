/** The width a printed page gives a view: A4 portrait less the print stylesheet's page margins (14 mm each side), in CSS px. */
export const printWidth = 688;

/** A view's width on screens of 1,216 px and wider (the page's 72 rem less its margins), in CSS px: what most desktops show. */
export const desktopWidth = 1088;
