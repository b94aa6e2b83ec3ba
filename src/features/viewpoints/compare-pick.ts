// Which two experts compare mode starts with: the two with the most statements on the chosen topic.
import type { Expert, Viewpoint } from '../../api/schemas.ts';

/** How the preselection breaks ties, in the words the page shows. */
export const COMPARE_TIE_RULE = 'ties go to the expert with more statements in all, then by name (A–Z)';

/**
 * The experts ranked for compare mode: most statements on the topics (any of them; every statement when no
 * topic is given), then most statements in all, then by name. An expert without a statement on the topic
 * counts 0 there (and so never comes before one who has spoken on it).
 */
export function rankForCompare(
  experts: readonly Expert[],
  viewpoints: readonly Viewpoint[],
  topics: readonly string[],
): Array<{ expert: Expert; onTopic: number; total: number }> {
  const onTopic = new Map<string, number>();
  const total = new Map<string, number>();
  for (const v of viewpoints) {
    total.set(v.expertId, (total.get(v.expertId) ?? 0) + 1);
    if (topics.length === 0 || v.topics.some((t) => topics.includes(t)))
      onTopic.set(v.expertId, (onTopic.get(v.expertId) ?? 0) + 1);
  }
  return experts
    .map((expert) => ({ expert, onTopic: onTopic.get(expert.id) ?? 0, total: total.get(expert.id) ?? 0 }))
    .sort(
      (a, b) =>
        b.onTopic - a.onTopic ||
        b.total - a.total ||
        a.expert.name.localeCompare(b.expert.name, 'en') ||
        a.expert.id.localeCompare(b.expert.id),
    );
}

/** The pair to compare: the experts already chosen first (at most two), then the best ranked. */
export function pickComparePair(
  experts: readonly Expert[],
  viewpoints: readonly Viewpoint[],
  topics: readonly string[],
  chosen: readonly string[] = [],
): string[] {
  const pair = chosen.filter((id) => experts.some((e) => e.id === id)).slice(0, 2);
  for (const { expert } of rankForCompare(experts, viewpoints, topics)) {
    if (pair.length >= 2) break;
    if (!pair.includes(expert.id)) pair.push(expert.id);
  }
  return pair;
}
