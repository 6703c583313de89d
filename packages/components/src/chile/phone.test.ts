import { expect } from '@open-wc/testing';
import { formatPhoneCL, normalizePhoneCL, validatePhoneCL } from './phone.js';
import * as chile from '../chile.js';

describe('Chilean phone numbers (chile/phone.ts)', () => {
  describe('normalizePhoneCL', () => {
    const accepted: [string, string][] = [
      ['912345678', '+56912345678'],
      ['9 1234 5678', '+56912345678'],
      ['+56 9 1234 5678', '+56912345678'],
      ['+56912345678', '+56912345678'],
      ['56912345678', '+56912345678'],
      ['56 9 1234 5678', '+56912345678'],
      ['(9) 1234-5678', '+56912345678'],
      ['9.1234.5678', '+56912345678'],
      ['(2) 2345 6789', '+56223456789'],
      ['22 345 6789', '+56223456789'],
      ['2 2345 6789', '+56223456789'],
      ['(32) 212 3456', '+56322123456'],
      ['41 212 3456', '+56412123456'],
      ['55-212-3456', '+56552123456'],
      ['+56 (32) 212-3456', '+56322123456'],
      // The trunk prefix 0 of before 2016.
      ['09 1234 5678', '+56912345678'],
      ['(02) 2345 6789', '+56223456789'],
      // Full-width digits and signs (Asian input methods), any Unicode space and dash.
      ['９１２３４５６７８', '+56912345678'],
      ['＋５６　９　１２３４　５６７８', '+56912345678'],
      ['9\u00A01234\u202F5678', '+56912345678'],
      ['9\u20131234\u20145678', '+56912345678'],
      ['9\u22121234\u20105678', '+56912345678'],
      ['9\uFF0D1234\uFE635678', '+56912345678'],
      // Invisible characters that copy and paste adds.
      ['\u202A+56 9 1234 5678\u202C', '+56912345678'],
      ['\u200E9 1234\u200B 5678\u00AD', '+56912345678'],
      ['  9 1234 5678\t', '+56912345678'],
    ];
    for (const [input, e164] of accepted) {
      it(`reads ${JSON.stringify(input)} as ${e164}`, () => {
        expect(normalizePhoneCL(input)).to.equal(e164);
      });
    }

    const refused: [string, string][] = [
      ['', 'empty'],
      ['   ', 'empty'],
      ['-- ()', 'empty'],
      ['1234 5678', 'length'], // an old 8-digit mobile, before the 9 was added
      ['9 1234 567', 'length'],
      ['9 1234 56789', 'length'],
      ['+56 9 1234 567', 'length'],
      ['+', 'length'],
      ['+5', 'length'],
      ['569123456789', 'length'],
      ['0 9 1234 5678 1', 'length'],
      ['123 456 789', 'prefix'], // short codes and carrier prefixes start with 1
      ['012 345 678', 'prefix'],
      ['800 123 456', 'prefix'], // toll-free
      ['0800 123 456', 'prefix'],
      ['600 360 7777', 'prefix'], // shared cost, ten digits
      ['+56 600 360 7777', 'prefix'],
      ['+54 9 11 1234 5678', 'country'],
      ['+1 202 555 0123', 'country'],
      ['9 1234 5678 anexo 2', 'characters'],
      ['9 1234 567O', 'characters'], // a letter O for a zero
      ['9 1234 + 5678', 'characters'],
      ['9/1234/5678', 'characters'],
      ['٩١٢٣٤٥٦٧٨', 'characters'], // Arabic-Indic digits: not folded by NFKC, not guessed
    ];
    for (const [input, reason] of refused) {
      it(`refuses ${JSON.stringify(input)} (${reason})`, () => {
        expect(normalizePhoneCL(input)).to.equal(null);
        expect(validatePhoneCL(input)).to.deep.equal({ valid: false, reason });
      });
    }

    it('takes numbers, and treats anything else as empty, without throwing', () => {
      expect(normalizePhoneCL(912345678)).to.equal('+56912345678');
      expect(normalizePhoneCL(56912345678n)).to.equal('+56912345678');
      for (const value of [null, undefined, {}, [], true, Symbol('x'), () => '912345678']) {
        expect(validatePhoneCL(value)).to.deep.equal({ valid: false, reason: 'empty' });
      }
      expect(normalizePhoneCL('\uD800912345678')).to.equal(null);
      expect(normalizePhoneCL('9'.repeat(100_000))).to.equal(null);
    });
  });

  describe('validatePhoneCL', () => {
    it('gives the E.164 form and the national digits of a valid number', () => {
      expect(validatePhoneCL('+56 9 1234 5678')).to.deep.equal({
        valid: true,
        e164: '+56912345678',
        national: '912345678',
      });
    });
  });

  describe('formatPhoneCL', () => {
    const formats: [string, string, string][] = [
      ['912345678', '+56 9 1234 5678', '9 1234 5678'],
      ['+56223456789', '+56 2 2345 6789', '2 2345 6789'],
      ['(32) 2123456', '+56 32 212 3456', '32 212 3456'],
      ['712345678', '+56 71 234 5678', '71 234 5678'],
      ['441234567', '+56 44 123 4567', '44 123 4567'],
    ];
    for (const [input, international, national] of formats) {
      it(`writes ${JSON.stringify(input)} as "${international}" and "${national}"`, () => {
        expect(formatPhoneCL(input)).to.equal(international);
        expect(formatPhoneCL(input, { national: false })).to.equal(international);
        expect(formatPhoneCL(input, { national: true })).to.equal(national);
      });
    }

    it('returns null for what is not a valid number, and its output reads back the same', () => {
      expect(formatPhoneCL('9 1234')).to.equal(null);
      expect(formatPhoneCL(null)).to.equal(null);
      expect(formatPhoneCL('912345678', null as never)).to.equal('+56 9 1234 5678');
      for (const [input] of formats) {
        expect(normalizePhoneCL(formatPhoneCL(input))).to.equal(normalizePhoneCL(input));
        expect(normalizePhoneCL(formatPhoneCL(input, { national: true }))).to.equal(
          normalizePhoneCL(input),
        );
      }
    });
  });

  it('is exported from the chile.js entry', () => {
    expect(chile.normalizePhoneCL).to.equal(normalizePhoneCL);
    expect(chile.formatPhoneCL).to.equal(formatPhoneCL);
    expect(chile.validatePhoneCL).to.equal(validatePhoneCL);
  });
});
