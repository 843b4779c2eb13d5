// A text opening shared by the established-enemy tests: two sentences that cast Germany as the adversary, then a neutral one.
// Written for the tests.

export const castGermany = 'The treacherous Nazis have overrun Norway without warning. Germany invaded Poland, in violation of every treaty. The harvest was good this year.';
