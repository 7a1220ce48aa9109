// @vitest-environment jsdom
// A user-supplied name as an element (src/ui/Name.tsx): isolated, shown as text whatever it
// looks like, cut after its lines, whole in the tooltip when cut.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Name } from '../../src/ui/Name';

afterEach(cleanup);

const sized = (element: HTMLElement, scrollWidth: number, clientWidth: number) => {
  Object.defineProperty(element, 'scrollWidth', { value: scrollWidth, configurable: true });
  Object.defineProperty(element, 'clientWidth', { value: clientWidth, configurable: true });
};

describe('Name', () => {
  it('isolates the name in a <bdi> and shows markup in it as text', () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Eevil';
    const { container } = render(
      <p>
        <Name>{hostile}</Name> follows
      </p>,
    );
    const name = container.querySelector('bdi.name')!;
    expect(name.textContent).toBe(hostile);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('p')!.textContent).toBe(`${hostile} follows`);
  });

  it('is cut after the lines asked for, and keeps the place’s own class', () => {
    render(
      <Name lines={2} className="row__title">
        Welcome
      </Name>,
    );
    const name = screen.getByText('Welcome');
    expect(name.className).toBe('name name--clamped row__title');
    expect(name.style.getPropertyValue('--name-lines')).toBe('2');
  });

  it('offers the whole name as the tooltip only when it is cut', () => {
    const long = 'x'.repeat(100_000);
    render(
      <>
        <Name lines={1}>{long}</Name>
        <Name lines={1}>short</Name>
      </>,
    );
    const [cut, whole] = [screen.getByText(long), screen.getByText('short')];
    cut.style.overflowX = 'hidden';
    whole.style.overflowX = 'hidden';
    sized(cut, 5000, 200);
    sized(whole, 40, 200);
    fireEvent.mouseEnter(cut);
    fireEvent.mouseEnter(whole);
    expect(cut.title).toBe(long);
    expect(whole.hasAttribute('title')).toBe(false);
  });
});
