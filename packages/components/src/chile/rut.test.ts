// The RUT pure functions. They run in the browser suite (the test runner compiles TypeScript);
// the same module also imports in plain Node from the build (`dist/chile.js`).
import { expect } from '@open-wc/testing';
import {
  RUT_FORMATS,
  RUT_MAX_BODY_DIGITS,
  computeCheckDigit,
  formatRut,
  normalizeRut,
  validateRut,
} from '../chile.js';

describe('RUT pure functions (chile.js)', () => {
  describe('computeCheckDigit (módulo 11)', () => {
    it('computes the check digit, with K for 10 and 0 for 11', () => {
      expect(computeCheckDigit('12345678')).to.equal('5');
      expect(computeCheckDigit('76086428')).to.equal('5');
      expect(computeCheckDigit('9876543')).to.equal('3');
      expect(computeCheckDigit('10000013'), '10 → K').to.equal('K');
      expect(computeCheckDigit('6'), '10 → K').to.equal('K');
      expect(computeCheckDigit('1')).to.equal('9');
      // A remainder of 0 gives 11, written 0.
      expect(computeCheckDigit('14')).to.equal('0');
    });

    it('agrees with a direct computation for every number up to 200.000', () => {
      for (let n = 1; n <= 200_000; n++) {
        let sum = 0;
        let factor = 2;
        for (let rest = n; rest > 0; rest = Math.floor(rest / 10)) {
          sum += (rest % 10) * factor;
          factor = factor === 7 ? 2 : factor + 1;
        }
        const expected = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K', '0'][
          11 - (sum % 11)
        ];
        if (computeCheckDigit(String(n)) !== expected) {
          expect(computeCheckDigit(String(n)), String(n)).to.equal(expected);
        }
      }
    });

    it('accepts dots, spaces, leading zeros and whole numbers; null for anything else', () => {
      expect(computeCheckDigit('12.345.678')).to.equal('5');
      expect(computeCheckDigit(' 012 345 678 ')).to.equal('5');
      expect(computeCheckDigit(12345678)).to.equal('5');
      for (const bad of ['', 'abc', '12345678-5', '1K', '-1', '1e3']) {
        expect(computeCheckDigit(bad), JSON.stringify(bad)).to.equal(null);
      }
      for (const bad of [-1, 1.5, NaN, Infinity, 2 ** 60]) {
        expect(computeCheckDigit(bad), String(bad)).to.equal(null);
      }
    });
  });

  describe('normalizeRut and formatRut: what people type', () => {
    // Every way the issue lists, and a few more that copy and paste bring.
    const TYPED: [string, string][] = [
      ['12.345.678-5', 'dots and hyphen'],
      ['12345678-5', 'no dots'],
      ['123456785', 'no hyphen: the last character is the check digit'],
      ['12 345 678 5', 'spaces instead of dots and hyphen'],
      [' 12.345.678 - 5 ', 'spaces around'],
      ['12.345.678‐5', 'U+2010 hyphen'],
      ['12.345.678–5', 'en dash'],
      ['12.345.678—5', 'em dash'],
      ['12.345.678−5', 'minus sign'],
      ['１２．３４５．６７８－５', 'full-width digits, dots and hyphen'],
      ['012.345.678-5', 'a leading zero'],
      ['0012345678-5', 'leading zeros'],
      ['12,345,678-5', 'commas as thousands separators'],
      ['\u200B12.345.678-5\u200E', 'invisible characters copied from a document'],
      ['12\u00A0345\u00A0678-5', 'no-break spaces'],
    ];
    for (const [typed, what] of TYPED) {
      it(`reads ${JSON.stringify(typed)} (${what})`, () => {
        expect(normalizeRut(typed)).to.equal('12345678-5');
        expect(formatRut(typed)).to.equal('12.345.678-5');
        expect(validateRut(typed)).to.deep.equal({ valid: true, normalized: '12345678-5' });
      });
    }

    it('reads a K check digit in either case, full width too', () => {
      for (const typed of ['10.000.013-K', '10000013k', '10.000.013 - k', '１０００００１３ｋ']) {
        expect(normalizeRut(typed), typed).to.equal('10000013-K');
        expect(validateRut(typed).valid, typed).to.equal(true);
      }
    });

    it('writes each format, and groups short numbers correctly', () => {
      expect(RUT_FORMATS).to.deep.equal(['plain', 'dots', 'nohyphen']);
      expect(normalizeRut('12.345.678-5', 'dots')).to.equal('12.345.678-5');
      expect(normalizeRut('12.345.678-5', 'nohyphen')).to.equal('123456785');
      expect(formatRut('12345678-5', 'plain')).to.equal('12345678-5');
      expect(formatRut('1-9')).to.equal('1-9');
      expect(formatRut('999-3')).to.equal('999-3');
      expect(formatRut('1000-6')).to.equal('1.000-6');
      expect(formatRut('9876543-3')).to.equal('9.876.543-3');
      // An unknown format (from JavaScript) falls back to the function's default.
      expect(normalizeRut('12.345.678-5', 'otro' as never)).to.equal('12345678-5');
      expect(formatRut('12345678-5', 'otro' as never)).to.equal('12.345.678-5');
    });

    it('does not check the check digit (validateRut does)', () => {
      expect(normalizeRut('12.345.678-4')).to.equal('12345678-4');
      expect(formatRut('123456784')).to.equal('12.345.678-4');
    });

    it('returns null for what cannot be read as a RUT', () => {
      for (const typed of ['', '   ', 'abc', '12.345.678-55', '1234-5678-5', '12345678-', 'K-5']) {
        expect(normalizeRut(typed), JSON.stringify(typed)).to.equal(null);
        expect(formatRut(typed), JSON.stringify(typed)).to.equal(null);
      }
      expect(normalizeRut('123456789-0'), 'nine digits').to.equal(null);
    });

    it('never throws on what a server may pass', () => {
      for (const odd of [null, undefined, 123456785, {}, [], true]) {
        expect(() => validateRut(odd as never)).not.to.throw();
        expect(() => normalizeRut(odd as never)).not.to.throw();
        expect(() => formatRut(odd as never)).not.to.throw();
      }
      expect(validateRut(null as never)).to.deep.equal({ valid: false, reason: 'empty' });
      expect(normalizeRut(123456785 as never)).to.equal('12345678-5');
      expect(validateRut('12345678-5', null as never).valid).to.equal(true);
      // A very long text is read in linear time and refused.
      expect(validateRut('1'.repeat(100_000))).to.deep.equal({ valid: false, reason: 'length' });
    });
  });

  describe('validateRut', () => {
    it('names the reason a RUT is invalid', () => {
      const reason = (typed: string) => {
        const result = validateRut(typed);
        return result.valid ? 'valid' : result.reason;
      };
      expect(reason('')).to.equal('empty');
      expect(reason(' .  - ')).to.equal('format');
      expect(reason(' . ')).to.equal('empty');
      expect(reason('abc')).to.equal('format');
      expect(reason('12.345.K78-5'), 'K inside the number').to.equal('format');
      expect(reason('12.345.678-55'), 'two check digits').to.equal('format');
      expect(reason('1-2-3')).to.equal('format');
      expect(reason('5'), 'a check digit alone').to.equal('length');
      expect(reason('-5')).to.equal('length');
      expect(reason('0-0'), 'zeros only').to.equal('length');
      expect(reason('123.456.789-2'), 'nine digits').to.equal('length');
      expect(reason('12.345.678-4')).to.equal('check-digit');
      expect(reason('12.345.678-K')).to.equal('check-digit');
      expect(reason('1-9')).to.equal('valid');
      expect(reason('99.999.999-9')).to.equal('valid');
      expect(RUT_MAX_BODY_DIGITS).to.equal(8);
    });

    it('gives the normalized RUT only when valid', () => {
      expect(validateRut('10.000.013-k')).to.deep.equal({ valid: true, normalized: '10000013-K' });
      expect(validateRut('12.345.678-4')).to.deep.equal({ valid: false, reason: 'check-digit' });
    });

    it('rejects placeholder RUTs only when asked, after the check digit', () => {
      const strict = { rejectPlaceholders: true };
      for (const typed of [
        '11.111.111-1',
        '22.222.222-2',
        '1.111.111-4',
        '12.345.678-5',
        '1.234.567-4',
        '98.765.432-5',
        '9.876.543-3',
      ]) {
        expect(validateRut(typed).valid, `${typed} by default`).to.equal(true);
        expect(validateRut(typed, strict), typed).to.deep.equal({
          valid: false,
          reason: 'placeholder',
        });
      }
      // A wrong check digit is reported as such, even on a placeholder.
      expect(validateRut('11.111.111-2', strict)).to.deep.equal({
        valid: false,
        reason: 'check-digit',
      });
      expect(validateRut('76.086.428-5', strict).valid).to.equal(true);
      expect(validateRut('13.131.313-6', strict).valid, 'not a repdigit').to.equal(true);
    });
  });
});
