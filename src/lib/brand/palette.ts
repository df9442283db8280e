/**
 * The backgrounds a brand colour is drawn on, in each colour scheme, as `src/styles/global.css`
 * defines them (`--bg`, `--surface`; a unit test keeps the two in step). The brand colour is
 * the colour of links, buttons, icons and the step numbers, so it must read on both.
 */
export const BACKGROUNDS = {
  light: { page: '#ffffff', panel: '#f4f6f8' },
  dark: { page: '#11181f', panel: '#1a232c' },
} as const;

/** Text on a brand-coloured button: the lighter or the darker of these, whichever reads better. */
export const BUTTON_TEXT = { light: '#ffffff', dark: '#0b1218' } as const;

/**
 * WCAG 2.2 AA for text (1.4.3): 4.5:1. Links and button labels are body-size text, so the
 * large-text 3:1 does not apply.
 */
export const MIN_CONTRAST = 4.5;

export type Scheme = keyof typeof BACKGROUNDS;
