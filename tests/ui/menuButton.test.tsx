// @vitest-environment jsdom
// The menu button (src/ui/MenuButton.tsx), as the WAI-ARIA menu button pattern has it: opens on
// the first item (ArrowUp: the last), arrows wrap and skip disabled items, a letter jumps to an
// item, Escape closes with focus back on the button, a choice closes then acts, a click elsewhere
// closes.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MenuButton } from '../../src/ui/MenuButton';

afterEach(cleanup);

function renderMenu() {
  const chosen = vi.fn<(id: string) => void>();
  const item = (id: string, label: string, disabled = false) => ({
    id,
    label,
    disabled,
    onSelect: () => chosen(id),
  });
  render(
    <>
      <MenuButton
        label="Share and export"
        items={[
          item('file', 'Program file'),
          item('link', 'Share link'),
          item('png', 'Image (PNG)', true),
          item('svg', 'Image (SVG)'),
          item('sheet', 'Build sheet'),
        ]}
      />
      <p>Elsewhere</p>
    </>,
  );
  return { chosen, button: screen.getByRole('button', { name: 'Share and export' }) };
}

const focused = () => document.activeElement?.textContent;

describe('MenuButton', () => {
  it('opens on the first item with ArrowDown and on the last with ArrowUp', async () => {
    const { button } = renderMenu();
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('menu', { name: 'Share and export' })).toBeTruthy();
    expect(focused()).toBe('Program file');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    await userEvent.keyboard('{ArrowUp}');
    expect(focused()).toBe('Build sheet');
  });

  it('moves with the arrows, wrapping and skipping a disabled item; Home, End and letters jump', async () => {
    const { button } = renderMenu();
    button.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(focused()).toBe('Image (SVG)'); // past the disabled PNG
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused()).toBe('Program file'); // wrapped round
    await userEvent.keyboard('{End}');
    expect(focused()).toBe('Build sheet');
    await userEvent.keyboard('{Home}');
    expect(focused()).toBe('Program file');
    await userEvent.keyboard('b');
    expect(focused()).toBe('Build sheet');
    await userEvent.keyboard('i');
    expect(focused()).toBe('Image (SVG)');
  });

  it('acts on Enter, Space or a click, after closing; never on a disabled item', async () => {
    const { button, chosen } = renderMenu();
    button.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(chosen).toHaveBeenLastCalledWith('link');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    await userEvent.keyboard('{ArrowUp}[Space]');
    expect(chosen).toHaveBeenLastCalledWith('sheet');
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Image (PNG)' }));
    expect(chosen).toHaveBeenCalledTimes(2);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Image (SVG)' }));
    expect(chosen).toHaveBeenLastCalledWith('svg');
  });

  it('closes on a click elsewhere, and on Tab', async () => {
    const { button } = renderMenu();
    await userEvent.click(button);
    expect(screen.getByRole('menu')).toBeTruthy();
    fireEvent.pointerDown(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('menu')).toBeNull();
    await userEvent.click(button);
    await userEvent.keyboard('{Tab}');
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
