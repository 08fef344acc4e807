/**
 * The classroom in the reader's language: the presentation stage, the story, the printed handout
 * and the quiz name the actors as the dataset translates them (read from data/parley.json here,
 * never written out by hand), with Russian as the example.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, waitForTimeline, seriousViolations } from './fixtures';

interface Actor {
  id: string;
  name: string;
  translations?: { ru?: { name?: string } };
}
const data = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../data/parley.json'), 'utf8'),
) as {
  actors: Actor[];
  events: {
    id: string;
    date: string;
    endDate?: string;
    actors: { actor: string }[];
    quotes?: { speaker: string; original?: { lang: string; text: string } }[];
  }[];
  meta: { presets: { id: string; start: string; end: string }[] };
  stories: { id: string; steps: { translations?: { ru?: { title?: string } } }[] }[];
};

const actorsById = new Map(data.actors.map((a) => [a.id, a]));
/** An actor's Russian name, as the dataset gives it. */
function ru(id: string): string {
  const name = actorsById.get(id)?.translations?.ru?.name;
  if (!name) throw new Error(`the dataset has no Russian name for ${id}`);
  return name;
}
const english = (id: string) => actorsById.get(id)!.name;
const RU_NAMES = new Set(data.actors.map((a) => a.translations?.ru?.name));

const events = [...data.events].sort(
  (a, b) =>
    a.date.localeCompare(b.date) ||
    (a.endDate ?? a.date).localeCompare(b.endDate ?? b.date) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);

test.use({ viewport: { width: 1366, height: 768 } });

test.describe('the classroom in Russian', () => {
  test.describe.configure({ timeout: 90_000 });

  test('the stage names the event’s actors, and a story step its title, in Russian', async ({
    page,
  }) => {
    // An event whose actors have Russian names unlike their English ones.
    const event = events.find((e) => e.actors.every((a) => ru(a.actor) !== english(a.actor)))!;
    await page.goto(`./?event=${event.id}&present=1&lang=ru`);
    await waitForTimeline(page);
    const stage = page.getByRole('region', { name: 'Текущее событие' });
    const actors = stage.getByRole('list', { name: 'Участники' });
    for (const { actor } of event.actors) {
      await expect(actors).toContainText(ru(actor));
      await expect(actors).not.toContainText(english(actor));
    }
    expect(await seriousViolations(page)).toEqual([]);

    const story = data.stories[0]!;
    await page.goto(`./?story=${story.id}&step=2&present=1&lang=ru`);
    await waitForTimeline(page);
    await expect(page.locator('.stage-step')).toHaveText(story.steps[1]!.translations!.ru!.title!);
  });

  test('the handout names actors and speakers in Russian, and prints the Russian originals', async ({
    page,
  }) => {
    const visit = data.meta.presets.find((p) => p.id === 'visit')!;
    const inVisit = events.filter(
      (e) => e.date <= visit.end && (e.endDate ?? e.date) >= visit.start,
    );
    await page.goto(`./?start=${visit.start}&end=${visit.end}&lang=ru`);
    await waitForTimeline(page);
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('article', { name: 'Раздаточный материал' });
    await expect(handout).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(0);
    const items = handout.locator('.handout-event');
    await expect(items).toHaveCount(inVisit.length);
    for (const [i, e] of inVisit.entries()) {
      const who = items.nth(i).locator('.handout-who');
      for (const { actor } of e.actors) await expect(who).toContainText(ru(actor));
      const captions = items.nth(i).locator('.quote figcaption');
      for (const [j, q] of (e.quotes ?? []).entries())
        await expect(captions.nth(j)).toContainText(`— ${ru(q.speaker)}`);
    }
    // Russian originals only, each before its English.
    const originals = inVisit.flatMap((e) =>
      (e.quotes ?? []).flatMap((q) => (q.original?.lang === 'ru' ? [q.original.text] : [])),
    );
    expect(originals.length).toBeGreaterThan(0);
    const printed = handout.locator('blockquote[lang="ru"]');
    await expect(printed).toHaveCount(originals.length);
    for (const [i, text] of originals.entries()) await expect(printed.nth(i)).toHaveText(text);
    await expect(handout.locator('blockquote[lang^="zh"], blockquote[lang="uk"]')).toHaveCount(0);
  });

  test('the quiz offers the speakers by their Russian names', async ({ page }) => {
    await page.goto('./?view=quiz&seed=1&lang=ru');
    const group = page.getByRole('group');
    let asked = false;
    for (let n = 1; n <= 10 && !asked; n++) {
      await expect(page.getByText(`Вопрос ${n} из 10`)).toBeVisible({ timeout: 15_000 });
      if ((await group.locator('legend').textContent()) === 'Кто это сказал?') {
        const labels = await group
          .getByRole('radio')
          .evaluateAll((rs) => rs.map((r) => r.closest('label')?.textContent ?? ''));
        expect(labels.length).toBeGreaterThanOrEqual(3);
        for (const label of labels) expect(RU_NAMES).toContain(label);
        expect(labels).toEqual([...labels].sort(new Intl.Collator('ru').compare));
        expect(await seriousViolations(page)).toEqual([]);
        asked = true;
      } else {
        await group.getByRole('radio').first().check();
        await page.getByRole('button', { name: 'Проверить' }).click();
        await page.getByRole('button', { name: 'Следующий вопрос' }).click();
      }
    }
    expect(asked, 'a "who said this" question among the first ten').toBe(true);
  });
});
