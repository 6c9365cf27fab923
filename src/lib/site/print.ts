/** The width a printed page gives a view: A4 portrait less the print stylesheet's page margins (14 mm each side), in CSS px. */
export const printWidth = 688;
