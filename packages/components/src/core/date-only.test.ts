import { expect } from '@open-wc/testing';
import {
  addDays,
  compareIsoDates,
  daysInMonth,
  fieldsFromText,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  rangeProblem,
  readDateFields,
  readMonth,
  todayIso,
} from './date-only.js';

// Chile's clock changes (tz database): at 00:00 the clock jumps to 01:00 in September, and in
// April it goes back from 00:00 to 23:00 of the day before, so that hour happens twice.
const SPRING = ['2022-09-11', '2024-09-08'];
const AUTUMN = ['2023-04-02', '2025-04-06'];
const fields = (day: string, month: string, year: string) => ({ day, month, year });

describe('date-only (core/date-only.ts)', () => {
  describe('the test browsers run in Chile’s time zone', () => {
    it('is America/Santiago, where local midnight is missing on the spring clock change', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Santiago');
      // The trap this module avoids: a local-time Date of these days is not at midnight, and
      // a date string read as UTC lands on the day before.
      expect(new Date(2022, 8, 11).getHours(), '2022-09-11 00:00 did not exist').to.equal(1);
      expect(new Date(2024, 8, 8).getHours(), '2024-09-08 00:00 did not exist').to.equal(1);
      expect(new Date('2023-04-02').getDate(), 'UTC midnight is 1 April in Chile').to.equal(1);
    });
  });

  describe('real dates', () => {
    it('knows leap years and the length of each month', () => {
      expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).to.deep.equal([
        false,
        true,
        false,
        true,
        false,
      ]);
      expect([2023, 2024, 1900, 2000].map((y) => daysInMonth(y, 2))).to.deep.equal([
        28, 29, 28, 29,
      ]);
      expect([1, 4, 6, 9, 11, 12].map((m) => daysInMonth(2025, m))).to.deep.equal([
        31, 30, 30, 30, 30, 31,
      ]);
    });

    it('keeps exactly the YYYY-MM-DD texts a native date input keeps (years 0001–9999)', () => {
      const kept = [...SPRING, ...AUTUMN, '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'];
      for (const text of kept) expect(isIsoDate(text), text).to.equal(true);
      const refused = [
        '2023-02-29',
        '1900-02-29',
        '2024-04-31',
        '2024-13-01',
        '2024-00-10',
        '0000-01-01',
        '2024-1-5',
        ' 2024-01-05',
        '2024-01-05T00:00',
        '27-03-2007',
        '',
      ];
      for (const text of refused) expect(isIsoDate(text), text).to.equal(false);
      expect(parseIsoDate('2022-09-11')).to.deep.equal({ year: 2022, month: 9, day: 11 });
    });
  });

  describe('reading what the person typed, in GOV.UK’s order', () => {
    it('says which parts are missing', () => {
      expect(readDateFields(fields('', '', ''))).to.deep.equal({ kind: 'empty' });
      expect(readDateFields(fields(' ', '3', '2007'))).to.deep.equal({
        kind: 'missing',
        parts: ['day'],
      });
      expect(readDateFields(fields('27', '', '2007'))).to.deep.equal({
        kind: 'missing',
        parts: ['month'],
      });
      expect(readDateFields(fields('27', '3', ''))).to.deep.equal({
        kind: 'missing',
        parts: ['year'],
      });
      expect(readDateFields(fields('', '', '2007'))).to.deep.equal({
        kind: 'missing',
        parts: ['day', 'month'],
      });
      expect(readDateFields(fields('', '3', ''))).to.deep.equal({
        kind: 'missing',
        parts: ['day', 'year'],
      });
      expect(readDateFields(fields('27', '', ''))).to.deep.equal({
        kind: 'missing',
        parts: ['month', 'year'],
      });
    });

    it('says which parts cannot be right, then the year length, then the day of the month', () => {
      const read = (d: string, m: string, y: string) => readDateFields(fields(d, m, y));
      expect(read('32', '3', '2007')).to.deep.equal({ kind: 'invalid', parts: ['day'] });
      expect(read('0', '13', '2007')).to.deep.equal({ kind: 'invalid', parts: ['day', 'month'] });
      expect(read('1', '1', '2O07')).to.deep.equal({ kind: 'invalid', parts: ['year'] });
      expect(read('1', '1', '07')).to.deep.equal({ kind: 'year-length' });
      expect(read('1', '1', '20071')).to.deep.equal({ kind: 'year-length' });
      expect(read('1', '1', '0000')).to.deep.equal({ kind: 'invalid', parts: ['year'] });
      expect(read('31', '4', '2025')).to.deep.equal({ kind: 'invalid', parts: ['day'] });
      expect(read('29', '2', '2023')).to.deep.equal({ kind: 'invalid', parts: ['day'] });
      expect(read('29', '2', '2024')).to.deep.equal({ kind: 'date', iso: '2024-02-29' });
      expect(read(' 7 ', '03', '1985')).to.deep.equal({ kind: 'date', iso: '1985-03-07' });
    });

    it('reads the clock-change days as plain dates', () => {
      expect(readDateFields(fields('11', '9', '2022'))).to.deep.equal({
        kind: 'date',
        iso: '2022-09-11',
      });
      expect(readDateFields(fields('2', '4', '2023'))).to.deep.equal({
        kind: 'date',
        iso: '2023-04-02',
      });
    });

    it('accepts month names in Spanish and English, whole or from 3 letters', () => {
      const months = ['marzo', 'Mar', 'MARCH', 'sept.', 'setiembre', 'Agosto', 'dic', 'jan'];
      expect(months.map(readMonth)).to.deep.equal([3, 3, 3, 9, 9, 8, 12, 1]);
      expect(['ma', 'ju', 'marzoo', 'x', '', '1.5', '123'].map(readMonth)).to.deep.equal(
        Array(7).fill(NaN),
      );
    });

    it('shows the parts of a YYYY-MM-DD text, even with a part empty or impossible', () => {
      expect(fieldsFromText('2007--27')).to.deep.equal(fields('27', '', '2007'));
      expect(fieldsFromText('2023-02-30')).to.deep.equal(fields('30', '02', '2023'));
      for (const text of ['2024-1-5', '27/03/2007', ' 2024-01-05', 'ayer']) {
        expect(fieldsFromText(text), text).to.deep.equal(fields('', '', ''));
      }
    });
  });

  describe('arithmetic and comparison, without a clock', () => {
    it('adds days across month and year ends, leap days and the clock changes', () => {
      expect(addDays('2022-09-10', 1)).to.equal('2022-09-11');
      expect(addDays('2022-09-11', 1)).to.equal('2022-09-12');
      expect(addDays('2023-04-02', -1)).to.equal('2023-04-01');
      expect(addDays('2023-04-01', 1)).to.equal('2023-04-02');
      expect(addDays('2024-09-08', -1)).to.equal('2024-09-07');
      expect(addDays('2025-04-06', 1)).to.equal('2025-04-07');
      expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
      expect(addDays('2023-02-28', 1)).to.equal('2023-03-01');
      expect(addDays('2024-12-31', 1)).to.equal('2025-01-01');
      expect(addDays('2000-03-01', -1)).to.equal('2000-02-29');
      expect(addDays('2022-09-11', 365)).to.equal('2023-09-11');
      expect(addDays('0001-01-01', -1)).to.equal(null);
      expect(addDays('no', 1)).to.equal(null);
    });

    it('compares dates, the clock-change days included', () => {
      expect(compareIsoDates('2022-09-10', '2022-09-11')).to.equal(-1);
      expect(compareIsoDates('2023-04-02', '2023-04-02')).to.equal(0);
      expect(compareIsoDates('2025-04-06', '2024-09-08')).to.equal(1);
    });

    it('reads today in a time zone through Intl, on both sides of the clock changes', () => {
      const zone = 'America/Santiago';
      // 2022-09-11 04:00 UTC is when Chile's clock jumped from 00:00 to 01:00.
      expect(todayIso(zone, Date.UTC(2022, 8, 11, 3, 59))).to.equal('2022-09-10');
      expect(todayIso(zone, Date.UTC(2022, 8, 11, 4, 0))).to.equal('2022-09-11');
      // 2023-04-02 03:00 UTC: Chile's clock went back from 00:00 to 23:00 of 1 April, so 1 April
      // lasted until 04:00 UTC.
      expect(todayIso(zone, Date.UTC(2023, 3, 2, 2, 59))).to.equal('2023-04-01');
      expect(todayIso(zone, Date.UTC(2023, 3, 2, 3, 30))).to.equal('2023-04-01');
      expect(todayIso(zone, Date.UTC(2023, 3, 2, 4, 0))).to.equal('2023-04-02');
      expect(todayIso(zone, Date.UTC(2024, 8, 8, 4, 0))).to.equal('2024-09-08');
      expect(todayIso('UTC', Date.UTC(2024, 8, 8, 3, 0))).to.equal('2024-09-08');
      // Without a zone: the person's (the browser's), here Santiago.
      expect(todayIso(undefined, Date.UTC(2022, 8, 11, 3, 59))).to.equal('2022-09-10');
    });
  });

  describe('dates in words', () => {
    it('writes every clock-change day as itself, in Spanish and English', () => {
      expect(SPRING.map((d) => formatIsoDate(d, 'es'))).to.deep.equal([
        '11 de septiembre de 2022',
        '8 de septiembre de 2024',
      ]);
      expect(AUTUMN.map((d) => formatIsoDate(d, 'es-CL'))).to.deep.equal([
        '2 de abril de 2023',
        '6 de abril de 2025',
      ]);
      expect(formatIsoDate('2000-01-01', 'es')).to.equal('1 de enero de 2000');
      expect(formatIsoDate('2023-04-02', 'en')).to.equal('April 2, 2023');
      expect(formatIsoDate('2023-04-02', 'en-GB')).to.equal('2 April 2023');
    });

    it('falls back to Spanish for a locale Intl refuses, and leaves a non-date alone', () => {
      expect(formatIsoDate('2000-01-01', '🙂')).to.equal('1 de enero de 2000');
      expect(formatIsoDate('2023-02-29', 'es')).to.equal('2023-02-29');
    });
  });

  describe('ranges', () => {
    const today = '2023-04-02'; // a clock-change day as "today"
    it('past and future are strict; today as a limit includes today', () => {
      expect(rangeProblem('2023-04-01', { past: true, today })).to.equal(null);
      expect(rangeProblem('2023-04-02', { past: true, today })).to.deep.equal({
        rangeUnderflow: false,
        rangeOverflow: true,
        rule: 'past',
      });
      expect(rangeProblem('2023-04-02', { future: true, today })?.rule).to.equal('future');
      expect(rangeProblem('2023-04-03', { future: true, today })).to.equal(null);
      expect(rangeProblem('2023-04-02', { max: 'today', today })).to.equal(null);
      expect(rangeProblem('2023-04-03', { max: 'today', today })?.rule).to.equal('today-or-past');
      expect(rangeProblem('2023-04-01', { min: 'today', today })?.rule).to.equal('today-or-future');
    });

    it('names min, max or both; ignores unreadable limits; a date may break both', () => {
      const limits = { min: '2022-09-11', max: '2024-09-08', today };
      expect(rangeProblem('2022-09-10', { min: '2022-09-11', today })?.rule).to.equal('min');
      expect(rangeProblem('2022-09-11', { min: '2022-09-11', today })).to.equal(null);
      expect(rangeProblem('2024-09-09', { max: '2024-09-08', today })?.rule).to.equal('max');
      expect(rangeProblem('2022-09-10', limits)?.rule).to.equal('between');
      expect(rangeProblem('2024-09-09', limits)?.rule).to.equal('between');
      expect(rangeProblem('1900-01-01', { min: '2023-02-29', max: ' 2000-01-01', today })).to.equal(
        null,
      );
      expect(
        rangeProblem('2024-12-31', { min: '2025-04-06', max: '2024-09-08', today }),
      ).to.include({ rangeUnderflow: true, rangeOverflow: true });
    });

    it('uses the tighter limit, and names it', () => {
      // past (until yesterday) is tighter than max=2099: the message is about the past.
      expect(rangeProblem('2030-01-01', { max: '2099-01-01', past: true, today })?.rule).to.equal(
        'past',
      );
      // max=2000 is tighter than past.
      expect(rangeProblem('2010-01-01', { max: '2000-01-01', past: true, today })?.rule).to.equal(
        'max',
      );
    });
  });
});
