/**
 * Draws with the light palette whatever the screen's theme, for paper (the handout). The palette
 * is the app's own: the custom properties its stylesheets declare on `:root` outside any media
 * query (the dark ones sit in `@media (prefers-color-scheme: dark)`). They are set inline on the
 * canvas while `draw` runs, and React Flow's `dark` class is lifted, so the image is light.
 */
function lightPalette(): [string, string][] {
  const palette: [string, string][] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a stylesheet from elsewhere: not ours
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSStyleRule) || rule.selectorText !== ':root') continue;
      for (const name of rule.style)
        if (name.startsWith('--')) palette.push([name, rule.style.getPropertyValue(name)]);
    }
  }
  return palette;
}

export async function withLightColours<T>(flow: HTMLElement, draw: () => Promise<T>): Promise<T> {
  const wasDark = flow.classList.contains('dark');
  const palette = lightPalette();
  for (const [name, value] of palette) flow.style.setProperty(name, value);
  // Text inherits its colour resolved above the canvas (the page's): resolve it here instead.
  const colour = flow.style.color;
  flow.style.color = 'var(--color-text)';
  flow.classList.remove('dark');
  try {
    return await draw();
  } finally {
    for (const [name] of palette) flow.style.removeProperty(name);
    flow.style.color = colour;
    if (wasDark) flow.classList.add('dark');
  }
}
