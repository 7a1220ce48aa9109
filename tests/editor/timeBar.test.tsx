// @vitest-environment jsdom
// The time bar: the keyboard moves the shared cursor from cast to cast (slider, buttons), one
// stream's casts can be chosen, play steps on its own and stops at the last cast, and presenter
// keys drive the same cursor.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioEvent } from '../../src/model';
import { TimeBar } from '../../src/editor/playback/TimeBar';
import { presenterKey } from '../../src/editor/playback/presenterKeys';
import { dayOfIso } from '../../src/simulation/derive/dates';
import { previewStore } from '../../src/store/usePreview';
import { nurtureA, withPeople } from '../fixtures/builders';
import { previewResult } from '../preview/result';
import { renderPart } from '../preview/renderPreviewPart';

const result = previewResult(
  withPeople(
    nurtureA(),
    ['ann'],
    [{ at: '2025-03-03T10:00', type: 'add', person: 'ann', stream: 'S1' } as ScenarioEvent],
  ),
);
const cursor = () => previewStore.getState().cursorDay;
const day = dayOfIso;

beforeEach(() => {
  previewStore.getState().reset();
  previewStore.getState().runStarted(1, 1, 0);
  previewStore.getState().finished(1, result);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the time bar', () => {
  it('opens at the first cast and steps with the buttons, both ways', async () => {
    const { user } = renderPart(<TimeBar onPresent={() => {}} />);
    expect(cursor()).toBe(day('2025-03-04'));
    expect(screen.getByTestId('playback-date').textContent).toBe('Tue, Mar 4, 2025');
    expect(screen.getByRole('button', { name: 'Previous cast' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Next cast' }));
    expect(cursor()).toBe(day('2025-03-06'));
    await user.click(screen.getByRole('button', { name: 'Next cast' }));
    await user.click(screen.getByRole('button', { name: 'Previous cast' }));
    expect(cursor()).toBe(day('2025-03-06'));
  });

  it('works from the keyboard alone: Tab to a step button, Enter and Space press it', async () => {
    const { user } = renderPart(<TimeBar onPresent={() => {}} />);
    await user.tab(); // Previous cast is disabled at the first cast: Tab skips it to Play
    await user.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Next cast');
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(cursor()).toBe(day('2025-03-11'));
  });

  it('scrubs along the slider, one position a cast, and names the cast it is at', () => {
    renderPart(<TimeBar onPresent={() => {}} />);
    const slider = screen.getByRole('slider', { name: 'Cast' });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Cast 1 of \d+, Tue, Mar 4, 2025$/);
    // jsdom's range does not move on keys (the browser's does: the e2e test presses them); the
    // change a key would make is what the bar acts on.
    fireEvent.change(slider, { target: { value: '2' } });
    expect(cursor()).toBe(day('2025-03-11'));
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Cast 3 of/);
    fireEvent.change(slider, { target: { value: slider.getAttribute('max') } });
    expect(cursor()).toBe(day('2025-04-29'));
    expect(screen.getByRole('button', { name: 'Next cast' })).toHaveProperty('disabled', true);
  });

  it('steps through one stream’s casts when one is chosen', async () => {
    const { user } = renderPart(<TimeBar onPresent={() => {}} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Step through' }), 'Late');
    await user.click(screen.getByRole('button', { name: 'Next cast' }));
    expect(cursor()).toBe(day('2025-03-06'));
    await user.click(screen.getByRole('button', { name: 'Next cast' }));
    expect(cursor()).toBe(day('2025-03-13'));
  });

  it('plays at the chosen speed and stops at the last cast', () => {
    vi.useFakeTimers();
    renderPart(<TimeBar onPresent={() => {}} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed, casts a second' }), {
      target: { value: '4' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => void vi.advanceTimersByTime(500)); // two casts at 4 a second
    expect(cursor()).toBe(day('2025-03-11'));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => void vi.advanceTimersByTime(2000));
    expect(cursor()).toBe(day('2025-03-11'));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => void vi.advanceTimersByTime(60_000));
    expect(cursor()).toBe(day('2025-04-29'));
    expect(previewStore.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', false);
  });

  it('hides the outcome of a quiz step forward until revealed; a step back shows it', () => {
    const store = previewStore.getState();
    store.setQuiz(true);
    store.stepCast(1);
    expect(previewStore.getState().revealed).toBe(false);
    previewStore.getState().reveal();
    expect(previewStore.getState().revealed).toBe(true);
    previewStore.getState().stepCast(1);
    previewStore.getState().stepCast(-1);
    expect(previewStore.getState().revealed).toBe(true);
  });
});

describe('presenter keys', () => {
  const key = (k: string, init: KeyboardEventInit = {}, target?: EventTarget) => {
    const event = new KeyboardEvent('keydown', { key: k, ...init });
    if (target) Object.defineProperty(event, 'target', { value: target });
    return presenterKey(event);
  };
  it('maps Space, arrows, P, Q, Enter and Escape, and leaves keys with modifiers alone', () => {
    expect(
      [' ', 'ArrowRight', 'ArrowLeft', 'p', 'Q', 'Enter', 'Escape'].map((k) => key(k)),
    ).toEqual(['next', 'next', 'previous', 'play', 'quiz', 'reveal', 'leave']);
    expect(key('p', { ctrlKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });
  it('lets a text field keep its keys', () => {
    const field = document.createElement('input');
    expect(key(' ', {}, field)).toBeNull();
    expect(key('Escape', {}, field)).toBe('leave');
  });
});
