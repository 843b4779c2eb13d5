// Historical analogy, `analogy-look-back`: the speaker turns his people's eyes back to the past to read the present by it
// ("If we look back to …", "Look back on those forecasts …"), and the looks back it leaves: someone's future look back, a
// look back with pride, a look back at a page. All sentences written for these tests.

import test from 'ava';
import { analogyRules as rulesOf } from './helpers/history-findings.js';

test('a retrospect the speaker asks of his people is flagged; a future, proud or bookish look back is not', (t) => {
  for (const sentence of [
    'If we look back to the winter of the great flood, we find the same fear in every shop on the quay.',
    'Look back on the panic that closed the mills, and you will see why the savings bank was founded.',
    'As we look back over our history, the years of real progress are those in which town and county worked together.',
    'If you think back to the first years of the cooperative, you will remember how many said it could never pay.',
  ]) t.deepEqual(rulesOf(sentence, 1950), ['analogy-look-back'], sentence);
  for (const sentence of [
    'Years from now our children will look back on this vote with pride.',
    'I want every member of this council to be able to look back with pride on this session.',
    'Please look back at the table on the previous page.',
    'When the historians look back on this decade they will judge us by our harbours.',
    'We look at the harbour and we see ships from every nation.',
  ]) t.deepEqual(rulesOf(sentence, 1950), [], sentence);
});
