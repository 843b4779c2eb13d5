import test from 'ava';
import { decodeText } from '../src/text/load.js';

// Windows editors save "Unicode" text as UTF-16 with a byte-order mark: that is text, not a binary file.
const TEXT = 'Caf\u00e9 society must change.\r\nDown with the tyrants! \u{1F525}\r\n';

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

test('a UTF-16 file with a byte-order mark is decoded, little- or big-endian', (t) => {
  t.is(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'speech.txt'), TEXT);
  t.is(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'speech.txt'), TEXT);
});

test('broken or empty UTF-16 is refused with one clear line', (t) => {
  t.throws(() => decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi there', 'utf16le').subarray(0, 7)]), 'odd.txt'), {
    message: /^odd\.txt is not valid UTF-16/,
  });
  t.throws(() => decodeText(Buffer.from([0xff, 0xfe]), 'empty.txt'), { message: /^empty\.txt is empty: nothing to analyze$/ });
  t.throws(() => decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\u0000b', 'utf16le')]), 'nul.txt'), { message: /binary/ });
});

test('without a byte-order mark, NUL bytes still mean a binary file', (t) => {
  t.throws(() => decodeText(Buffer.from('Hi there', 'utf16le'), 'x.txt'), { message: /looks like a binary file/ });
});
