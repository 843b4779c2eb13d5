import test from 'ava';
import { analyze, renderMarkdown } from '../src/index.js';

// A Markdown title followed at once by "## …" makes an opening section of the title alone: it has no sentence to score.
test('the summary never names a section holding only a heading as the highest or lowest in sentiment', (t) => {
  const text = '# A Plan for the Valley\n\n## The damage\n\nWe hate this awful plan. It is a disaster.\n\n## The cost\n\nThis terrible scheme hurts every family.\n';
  const result = analyze(text, { name: 'plan.md' });
  t.is(result.sections[0].title, 'A Plan for the Valley');
  const verdict = renderMarkdown(result).split('\n').find((l) => l.startsWith('This text has')) ?? '';
  t.notRegex(verdict, /section 1, “A Plan for the Valley”/);
  t.regex(verdict, /the lowest is section 2, “The damage” \(-[\d.]+\) and the highest section 3, “The cost” \(-[\d.]+\)/);
});
