/** The pane's theme, following the Office theme's colours: light or dark, and the body background. */

/** The part of Office.context.officeTheme the pane reads. */
export interface OfficeColours {
  bodyBackgroundColor?: string;
}

export interface PaneTheme {
  dark: boolean;
  /** "#RRGGBB" when Office gave a usable background colour. */
  background?: string;
}

/** The channels of "#RRGGBB" (or "RRGGBB") as 0-1 fractions, or undefined for anything else. */
export function parseHexColour(colour: string): [number, number, number] | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!match) return undefined;
  return [match[1], match[2], match[3]].map((hex) => parseInt(hex, 16) / 255) as [
    number,
    number,
    number,
  ];
}

/** WCAG relative luminance of a colour given as fractions. */
function luminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** A background is dark when white text on it contrasts more than black text does. */
function isDarkBackground(colour: [number, number, number]): boolean {
  const l = luminance(colour);
  return (1 + 0.05) / (l + 0.05) > (l + 0.05) / 0.05;
}

/** The theme for Office's colours; light where Office gives none (outside Office, older hosts). */
export function themeFromOffice(colours: OfficeColours | undefined): PaneTheme {
  const background = colours?.bodyBackgroundColor;
  const parsed = background === undefined ? undefined : parseHexColour(background);
  if (!parsed) return { dark: false };
  const hex = `#${background!.trim().replace(/^#/, "").toUpperCase()}`;
  return { dark: isDarkBackground(parsed), background: hex };
}
