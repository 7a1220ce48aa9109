// Text contrast measured in the page. axe-core leaves much of the editor "incomplete" (React Flow's
// nodes are "overlapped" by the pane and edge layers, calendar cells by sticky headers), so it never
// fails them; this check composes each text's colour over its ancestors' backgrounds and opacities,
// as painted, and names every text under WCAG AA (4.5:1, or 3:1 for large text). SVG text (charts)
// is left to axe.
import type { Page } from '@playwright/test';

export async function contrastProblems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    type Rgb = [number, number, number];
    const probe = document.createElement('canvas').getContext('2d', {
      willReadFrequently: true,
    })!;
    /** Any CSS colour (rgb(), color(srgb ...), oklab...) as sRGB bytes and alpha. */
    const rgba = (css: string): [number, number, number, number] => {
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = '#000';
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: string, under: Rgb): Rgb => {
      const [r, g, b, a] = rgba(top);
      return [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)];
    };
    const luminance = ([r, g, b]: Rgb) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const ratio = (a: Rgb, b: Rgb) => {
      const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
      return (x! + 0.05) / (y! + 0.05);
    };
    const mix = (a: Rgb, b: Rgb, k: number): Rgb => [
      a[0] * k + b[0] * (1 - k),
      a[1] * k + b[1] * (1 - k),
      a[2] * k + b[2] * (1 - k),
    ];

    /** Final painted [text, background] of an element's text. */
    const painted = (el: Element): [Rgb, Rgb] => {
      const chain: Element[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) chain.unshift(e);
      // An opacity group is painted over what lies behind it, then blended with it.
      let backdrop: Rgb = [255, 255, 255];
      let groups: { opacity: number; behind: Rgb }[] = [];
      for (const e of chain) {
        const style = getComputedStyle(e);
        const opacity = Number(style.opacity);
        if (opacity < 1) groups = [...groups, { opacity, behind: backdrop }];
        backdrop = over(style.backgroundColor, backdrop);
      }
      let text = over(getComputedStyle(el).color, backdrop);
      let back = backdrop;
      for (const group of groups.reverse()) {
        text = mix(text, group.behind, group.opacity);
        back = mix(back, group.behind, group.opacity);
      }
      return [text, back];
    };

    const problems: string[] = [];
    const texts = document.querySelectorAll(selector);
    for (const el of texts) {
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent ?? ''),
      );
      const field = el instanceof HTMLTextAreaElement && el.value.trim() !== '';
      if (!own && !field) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || el.closest('svg')) continue;
      // Disabled controls are exempt from contrast (WCAG 1.4.3), as in axe.
      if (el.closest(':disabled, [aria-disabled="true"]')) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const [text, back] = painted(el);
      const r = ratio(text, back);
      if (r < (large ? 3 : 4.5))
        problems.push(
          `${el.className || el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}": ${r.toFixed(2)}:1`,
        );
    }
    return problems;
  }, selector);
}
