/**
 * A seeded generator of valid answer sets: it walks the question catalogue in order, picks an
 * option for each question the journey asks, so every set is one a real journey can produce.
 */
import type { AnswerValue, Answers } from '../../rules/answers.ts';
import { QUESTIONS, isAsked } from '../../rules/questions.ts';

/** mulberry32: small, fast, and the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateAnswers(random: () => number): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const q of QUESTIONS) {
    if (!isAsked(q, answers as Answers)) continue;
    if (q.kind === 'single') {
      answers[q.id] = q.options[Math.floor(random() * q.options.length)]!;
    } else {
      // Half the time "none of these"; otherwise each option with probability 1/3.
      answers[q.id] = random() < 0.5 ? [] : q.options.filter(() => random() < 1 / 3);
    }
  }
  return answers as Answers;
}

export function generateMany(count: number, seed = 20261122): Answers[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => generateAnswers(random));
}
