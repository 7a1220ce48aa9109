// @vitest-environment jsdom
// The date and time fields: typed in the app's language, committed only whole and valid (never a
// year half typed), a clear message naming what is wrong, Escape to go back, arrows to step.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/createI18n';
import { DateField } from '../../src/ui/DateField';
import { TimeField } from '../../src/ui/TimeField';
import { memoryStorage } from '../fixtures/memoryStorage';

afterEach(cleanup);

function renderDate(
  value: string,
  language = 'en',
  props: { optional?: boolean; compact?: boolean; min?: string; max?: string } = {},
) {
  const i18n = createI18n(memoryStorage());
  void i18n.changeLanguage(language);
  const commits: string[] = [];
  function Stored() {
    const [stored, setStored] = useState(value);
    return (
      <DateField
        label="First cast"
        value={stored}
        onCommit={(iso) => {
          commits.push(iso);
          setStored(iso);
        }}
        {...props}
      />
    );
  }
  const view = render(
    <I18nextProvider i18n={i18n}>
      <Stored />
    </I18nextProvider>,
  );
  const input = screen.getByRole('textbox', { name: 'First cast' }) as HTMLInputElement;
  return { user: userEvent.setup(), input, commits, ...view };
}

describe('DateField', () => {
  it('shows and reads the date in the app language, with its format named', async () => {
    const { user, input, commits } = renderDate('2025-03-04', 'de');
    expect(input.value).toBe('04.03.2025');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Format: TT.MM.JJJJ')).toBeTruthy();
    await user.clear(input);
    await user.type(input, '18.3.2025{Enter}');
    expect(commits).toEqual(['2025-03-18']);
    expect(input.value).toBe('18.03.2025');
  });

  it('typing a year digit by digit saves nothing until the date is whole; a far year names the range', async () => {
    const { user, input, commits } = renderDate('2025-03-04');
    await user.clear(input);
    await user.type(input, '03/04/1208');
    expect(commits).toEqual([]);
    await user.tab();
    expect(commits).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter a date from January 1, 2000 to December 31, 2099.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await user.clear(input);
    await user.type(input, '03/04/2028');
    await user.tab();
    expect(commits).toEqual(['2028-03-04']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names a date that does not exist and one not written as a date', async () => {
    const { user, input, commits } = renderDate('2025-03-04');
    await user.clear(input);
    await user.type(input, '02/30/2025{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      '“02/30/2025” is not a day of the calendar: enter the date as MM/DD/YYYY.',
    );
    await user.clear(input);
    await user.type(input, 'next Tuesday{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter the date as MM/DD/YYYY, for example 03/04/2025.',
    );
    await user.clear(input);
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Enter a date as MM/DD/YYYY.');
    expect(commits).toEqual([]);
  });

  it('an optional field commits its clearing', async () => {
    const { user, input, commits } = renderDate('2025-03-04', 'en', { optional: true });
    await user.clear(input);
    await user.tab();
    expect(commits).toEqual(['']);
  });

  it('Escape puts the stored date back; arrows step a day, page keys a month', async () => {
    const { user, input, commits } = renderDate('2025-01-31');
    await user.clear(input);
    await user.type(input, '12/2');
    await user.keyboard('{Escape}');
    expect(input.value).toBe('01/31/2025');
    await user.keyboard('{ArrowUp}');
    expect(input.value).toBe('02/01/2025');
    await user.keyboard('{PageDown}');
    expect(input.value).toBe('01/01/2025');
    expect(commits).toEqual([]); // stepping shows, Enter saves
    await user.keyboard('{Enter}');
    expect(commits).toEqual(['2025-01-01']);
  });

  it('compact (a toolbar): the range is its own, and leaving a wrong date puts the stored one back', async () => {
    const { user, input, commits } = renderDate('2025-03-04', 'en', {
      compact: true,
      min: '2025-03-01',
      max: '2025-05-31',
    });
    await user.clear(input);
    await user.type(input, '01/01/2030{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter a date from March 1, 2025 to May 31, 2025.',
    );
    await user.tab();
    expect(input.value).toBe('03/04/2025');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(commits).toEqual([]);
  });

  it('follows the stored value when it changes elsewhere (undo)', () => {
    const onCommit = vi.fn();
    const i18n = createI18n(memoryStorage());
    const field = (value: string) => (
      <I18nextProvider i18n={i18n}>
        <DateField label="Until" value={value} onCommit={onCommit} />
      </I18nextProvider>
    );
    const { rerender } = render(field('2025-03-04'));
    const input = screen.getByRole('textbox', { name: 'Until' }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '03/0' } });
    rerender(field('2025-05-06'));
    expect(input.value).toBe('05/06/2025');
    expect(onCommit).not.toHaveBeenCalled();
  });
});

describe('TimeField', () => {
  it('reads 24-hour times however they are written and names a wrong one', async () => {
    const onCommit = vi.fn();
    render(
      <I18nextProvider i18n={createI18n(memoryStorage())}>
        <TimeField label="Time" value="09:00" onCommit={onCommit} />
      </I18nextProvider>,
    );
    const input = screen.getByRole('textbox', { name: 'Time' }) as HTMLInputElement;
    const user = userEvent.setup();
    await user.clear(input);
    await user.type(input, '14h30{Enter}');
    expect(onCommit).toHaveBeenLastCalledWith('14:30');
    expect(input.value).toBe('14:30');
    await user.clear(input);
    await user.type(input, '25:00{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter the time as HH:MM on the 24-hour clock, from 00:00 to 23:59.',
    );
    expect(onCommit).toHaveBeenCalledTimes(1);
  });
});
