// Playing the program: the time bar steps the shared cursor from cast to cast and the lanes show
// the command line's numbers for the same file at each; play runs on and pause stops it; presenter
// mode is driven by the keyboard alone, with a quiz that hides a step's outcome until revealed.
import { execFileSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';

interface Row {
  type: string;
  at: string;
  person: string;
  stream?: string;
  content?: string;
  to?: string | null;
}

const FILE = 'templates/exhausted-holding.json';
const STREAMS = ['nurture', 'holding'];

/** The command line's records for the template. */
const records: Row[] = execFileSync(
  process.execPath,
  ['scripts/simulate.mjs', FILE, '--format', 'jsonl'],
  { encoding: 'utf8' },
)
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Row);

/** The end of a day in New York in January and February (EST, UTC-5), as the records write it. */
const endOf = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + (24 + 5) * 3_600_000).toISOString().slice(0, 19);
const on = (r: Row, day: string) =>
  r.at.slice(0, 19) >= `${day}T05:00:00` && r.at.slice(0, 19) < endOf(day);

/** Members and exhausted members per stream at the end of `day`, from the records. */
function expected(day: string) {
  const where = new Map<string, string | null>();
  const dry = new Set<string>();
  for (const r of records) {
    if (r.at.slice(0, 19) >= endOf(day)) break;
    if (r.type === 'move') {
      where.set(r.person, r.to ?? null);
      dry.delete(r.person);
    }
    if (r.type === 'remove') where.set(r.person, null);
    if (r.type === 'exhausted' && where.get(r.person) === r.stream) dry.add(r.person);
  }
  const members = new Map<string, number>();
  const exhausted = new Map<string, number>();
  for (const [person, stream] of where) {
    if (stream === null) continue;
    members.set(stream, (members.get(stream) ?? 0) + 1);
    if (dry.has(person)) exhausted.set(stream, (exhausted.get(stream) ?? 0) + 1);
  }
  return { members, exhausted };
}

/** Sends of a card that day (its recipients, who stand on it). */
const sentOn = (day: string, stream: string, content: string) =>
  records.filter(
    (r) => r.type === 'send' && r.stream === stream && r.content === content && on(r, day),
  ).length;

const numberIn = (text: string) => Number(text.replace(/[^\d]/g, '') || '0');

async function laneNumbers(page: Page, stream: string) {
  const spans = page.getByTestId(`lane-preview-${stream}`).locator('span');
  const texts = await spans.allInnerTexts();
  return {
    members: numberIn(texts[0] ?? ''),
    exhausted: numberIn(texts.find((t) => t.includes('out of content')) ?? ''),
  };
}

async function openTemplate(page: Page, title: string) {
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Or start from a template' })
    .getByRole('button', { name: title })
    .click();
  await expect(page).toHaveURL(/#\/program\//);
  const bar = page.getByRole('region', { name: 'Playback' });
  await expect(bar.getByTestId('playback-date')).toBeVisible();
  return bar;
}

/** Every Nurture card lit, with its recipients, exactly when the command line sent it that day. */
async function expectCardsAt(page: Page, day: string) {
  for (const content of ['E-intro', 'E-guide', 'E-case']) {
    const card = page.getByTestId(`card-nurture-${content}`);
    const sent = sentOn(day, 'nurture', content);
    if (sent === 0) await expect(card, `${content} on ${day}`).not.toHaveClass(/card--lit/);
    else {
      await expect(card, `${content} on ${day}`).toHaveClass(/card--lit/);
      await expect(card).toContainText(`${sent} now`);
    }
  }
}

async function expectLanesAt(page: Page, bar: Locator, day: string, date: string) {
  await expect(bar.getByTestId('playback-date')).toHaveText(date);
  await expectCardsAt(page, day);
  const { members, exhausted } = expected(day);
  for (const stream of STREAMS)
    await expect
      .poll(() => laneNumbers(page, stream), { message: `${stream} on ${day}` })
      .toEqual({ members: members.get(stream) ?? 0, exhausted: exhausted.get(stream) ?? 0 });
}

test('three casts stepped on the time bar show the command line’s people on each lane', async ({
  page,
}) => {
  const bar = await openTemplate(page, 'Holding stream');
  await expectLanesAt(page, bar, '2027-01-05', 'Tue, Jan 5, 2027');
  expect(sentOn('2027-01-05', 'nurture', 'E-intro')).toBeGreaterThan(0);

  // One step with the button, one with the slider's arrow key, one with Space on the button.
  await bar.getByRole('button', { name: 'Next cast' }).click();
  await expectLanesAt(page, bar, '2027-01-12', 'Tue, Jan 12, 2027');
  expect(sentOn('2027-01-12', 'nurture', 'E-guide')).toBeGreaterThan(0);

  await bar.getByRole('slider', { name: 'Cast' }).press('ArrowRight');
  await expectLanesAt(page, bar, '2027-01-19', 'Tue, Jan 19, 2027');
  expect(expected('2027-01-19').exhausted.get('nurture')).toBeGreaterThan(0);
  // Those who ran dry got their last email at this cast: they stand on it, not yet at the end.

  await bar.getByRole('button', { name: 'Next cast' }).press('Space');
  await expect(bar.getByTestId('playback-date')).not.toHaveText('Tue, Jan 19, 2027');
  const shown = await bar.getByRole('slider', { name: 'Cast' }).getAttribute('aria-valuetext');
  expect(shown).toMatch(/^Cast 4 of \d+, /);
  // The next cast is 26 January; the batch move of the 20th has taken the dry ones to Holding,
  // where they wait for its first monthly cast.
  await expectLanesAt(page, bar, '2027-01-26', 'Tue, Jan 26, 2027');
  const held = expected('2027-01-26').members.get('holding')!;
  expect(held).toBeGreaterThan(12); // too many for dots: a badge with their number
  await expect(page.getByTestId('lane-tokens-holding').getByTestId('tokens-waiting')).toHaveText(
    String(held),
  );

  // Back is a lookup, as quick as forward: the same numbers as before.
  await bar.getByRole('button', { name: 'Previous cast' }).click();
  await expectLanesAt(page, bar, '2027-01-19', 'Tue, Jan 19, 2027');
});

test('play moves the cursor on by itself; pause stops it; play stops at the last cast', async ({
  page,
}) => {
  const bar = await openTemplate(page, 'Holding stream');
  const date = bar.getByTestId('playback-date');
  await bar.getByRole('combobox', { name: 'Speed, casts a second' }).selectOption('4');
  await bar.getByRole('button', { name: 'Play' }).click();
  await expect(date).not.toHaveText('Tue, Jan 5, 2027');
  await bar.getByRole('button', { name: 'Pause' }).click();
  const paused = await date.innerText();
  await page.waitForTimeout(1500); // six casts' time at this speed: none may come
  await expect(date).toHaveText(paused);

  const slider = bar.getByRole('slider', { name: 'Cast' });
  await slider.press('End');
  await slider.press('ArrowLeft');
  await bar.getByRole('button', { name: 'Play' }).click();
  await expect(slider).toHaveAttribute('aria-valuetext', /^Cast (\d+) of \1, /);
  await expect(bar.getByRole('button', { name: 'Play' })).toBeVisible(); // stopped by itself
  await expect(bar.getByRole('button', { name: 'Next cast' })).toBeDisabled();
});

test('presenter mode from the keyboard alone: steps, quiz and reveal, then Escape', async ({
  page,
}) => {
  const bar = await openTemplate(page, 'Holding stream');
  await bar.getByRole('button', { name: 'Present' }).focus();
  await page.keyboard.press('Enter');
  const hint = page.getByTestId('presenter-hint');
  await expect(hint).toBeVisible();
  for (const key of ['Space', 'Escape', 'Enter', '← / →', 'P', 'Q'])
    await expect(hint.getByRole('list', { name: 'Presenter keys' })).toContainText(key);
  // Editing is out of the way: no toolbar, palette or inspector.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Add' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();

  const date = hint.locator('.presenter-hint__date');
  await expect(date).toHaveText('Tue, Jan 5, 2027');
  // Enter with nothing hidden does nothing: it does not press the button that ends the show.
  await page.keyboard.press('Enter');
  await expect(hint).toBeVisible();
  await page.keyboard.press('Space');
  await expect(date).toHaveText('Tue, Jan 12, 2027');
  await page.keyboard.press('ArrowRight');
  await expect(date).toHaveText('Tue, Jan 19, 2027');
  await page.keyboard.press('ArrowLeft');
  await expect(date).toHaveText('Tue, Jan 12, 2027');

  // Quiz: the next cast's outcome stays hidden (the lanes say ?) until Enter reveals it.
  await page.keyboard.press('q');
  await page.keyboard.press('Space');
  await expect(date).toHaveText('Tue, Jan 19, 2027');
  await expect(hint.getByRole('status')).toHaveText(/Press Enter to reveal/);
  await expect(page.getByTestId('lane-preview-nurture')).toHaveText(/^\?/);
  await expect(page.getByTestId('card-nurture-E-intro')).not.toHaveClass(/card--lit/);
  await page.keyboard.press('Enter');
  await expect(hint.getByRole('status')).toHaveText('Quiz: revealed.');
  const { members, exhausted } = expected('2027-01-19');
  await expect
    .poll(() => laneNumbers(page, 'nurture'))
    .toEqual({ members: members.get('nurture'), exhausted: exhausted.get('nurture') });

  // P plays and pauses.
  await page.keyboard.press('p');
  await expect(date).not.toHaveText('Tue, Jan 19, 2027');
  await page.keyboard.press('p');
  await expect(bar.getByRole('button', { name: 'Play' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(hint).toBeHidden();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  // Focus is back on the button the show was started from.
  await expect(bar.getByRole('button', { name: 'Present' })).toBeFocused();
});

test('following a person marks their token on the canvas', async ({ page }) => {
  const bar = await openTemplate(page, 'Holding stream');
  await page.getByRole('tab', { name: 'Journey' }).click();
  const journey = page.getByRole('region', { name: 'Journey of one person' });
  await journey.getByRole('combobox', { name: 'Person' }).fill('ann');
  await journey.getByRole('button', { name: 'Open journey' }).click();
  const token = page.getByRole('img', { name: 'Following ann' });
  // Ann gets the first email on 5 January: she stands on its card.
  await expect(page.getByTestId('card-nurture-E-intro').getByRole('img')).toHaveAccessibleName(
    'Following ann',
  );
  await bar.getByRole('button', { name: 'Next cast' }).click();
  await bar.getByRole('button', { name: 'Next cast' }).click();
  await bar.getByRole('button', { name: 'Next cast' }).click();
  // After the batch move she waits in Holding.
  await expect(page.getByTestId('lane-holding').getByRole('img')).toHaveAccessibleName(
    'Following ann',
  );
  await expect(token).toHaveCount(1);
});

test('a jump to the day of a batch move sends its people along the edge, unless motion is reduced', async ({
  page,
}) => {
  const moved = records.filter(
    (r) => r.type === 'move' && r.to === 'holding' && on(r, '2027-01-20'),
  ).length;
  expect(moved).toBeGreaterThan(12);
  const bar = await openTemplate(page, 'Holding stream');
  const jump = bar.getByRole('textbox', { name: 'Jump to date' });
  await jump.fill('01/20/2027');
  await jump.press('Enter');
  await expect(bar.getByTestId('playback-date')).toHaveText('Wed, Jan 20, 2027');
  // More than twelve travel along the batch move's edge: the lead dot carries their number.
  const travel = page.getByTestId('rf__edge-batch:b-holding').getByTestId('edge-travel');
  await expect(travel).toHaveText(String(moved));
  await expect(travel).toHaveCount(0); // arrived
  await expect(page.getByTestId('lane-tokens-holding').getByTestId('tokens-waiting')).toHaveText(
    String(expected('2027-01-20').members.get('holding')),
  );

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await bar.getByRole('button', { name: 'Previous cast' }).click();
  await jump.fill('01/20/2027');
  await jump.press('Enter');
  await expect(bar.getByTestId('playback-date')).toHaveText('Wed, Jan 20, 2027');
  await expect(page.getByTestId('lane-tokens-holding').getByTestId('tokens-waiting')).toBeVisible();
  await expect(page.getByTestId('edge-travel')).toHaveCount(0);
});
