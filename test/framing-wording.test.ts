// Sentiment's "tone of the framing" findings explain themselves to a student: which rule's finding moves the sentence,
// which way, and on which scale (not a bare rule id and "reads 0.1 more negative").

import test from 'ava';
import { analyze } from '../src/analyze.js';

test('a framing finding names the rule it comes from as a rule, the direction of the shift and the sentiment scale', (t) => {
  const result = analyze('# Rally\n\nThey want us divided. Join us at the town hall on Monday.\n', { name: 'rally.md' });
  const framing = result.findings.filter((f) => f.device === 'sentiment' && f.category === 'framing');
  t.is(framing.length, 2);
  for (const f of framing) {
    const source = result.findings.find((g) => g.device !== 'sentiment' && g.sentence === f.sentence && g.scored && f.explanation.includes(g.rule))!;
    t.truthy(source, f.explanation);
    t.true(f.explanation.includes(`rule ${source.rule}`), f.explanation);
    t.regex(f.explanation, source.device === 'us_them' ? /toward negative/ : /toward positive/);
    t.true(f.explanation.includes('from −1 to +1'), f.explanation);
  }
});
