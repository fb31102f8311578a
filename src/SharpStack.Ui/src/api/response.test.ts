import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { jobError, parseError, parseList, submittedJobId, unwrap } from './response';

describe('unwrap', () => {
  it('returns the object inside the single response key', () => {
    expect(unwrap({ listaccountsresponse: { count: 1 } })).toEqual({ count: 1 });
  });
  it('returns {} for things that are not an envelope', () => {
    expect(unwrap(null)).toEqual({});
    expect(unwrap([1])).toEqual({});
    expect(unwrap({ x: 'y' })).toEqual({});
  });
});

describe('parseList', () => {
  it('reads count and the array whatever its key', () => {
    expect(parseList({ count: 7, account: [{ id: 'a' }, { id: 'b' }] })).toEqual({ count: 7, items: [{ id: 'a' }, { id: 'b' }] });
    expect(parseList({ count: 1, asyncjobs: [{ jobid: 'j' }] })).toEqual({ count: 1, items: [{ jobid: 'j' }] });
  });
  it('reads an empty list reply {} as no rows', () => {
    expect(parseList({})).toEqual({ count: 0, items: [] });
  });
  it('keeps the total when the page is past the end', () => {
    expect(parseList({ count: 2, account: [] })).toEqual({ count: 2, items: [] });
  });
  it('counts the rows when count is missing', () => {
    expect(parseList({ user: [{}, {}] }).count).toBe(2);
  });
});

describe('parseError', () => {
  it('reads errorcode and errortext of the error body', () => {
    const body = JSON.stringify({ listusersresponse: { uuidList: [], errorcode: 431, cserrorcode: 4350, errortext: 'Invalid parameter id' } });
    const e = parseError('listUsers', 431, body);
    expect(e).toBeInstanceOf(ApiError);
    expect(e.errorcode).toBe(431);
    expect(e.message).toBe('Invalid parameter id');
    expect(e.command).toBe('listUsers');
    expect(e.sessionEnded).toBe(false);
  });
  it('falls back to the HTTP status when the body is not JSON', () => {
    const e = parseError('listUsers', 502, '<html>Bad gateway</html>');
    expect(e.errorcode).toBe(502);
    expect(e.message).toBe('HTTP 502');
  });
  it('marks 401 as the end of the session', () => {
    expect(parseError('listUsers', 401, '{}').sessionEnded).toBe(true);
  });
});

describe('jobs', () => {
  it('finds the jobid of an async submission only', () => {
    expect(submittedJobId({ jobid: 'j1' })).toBe('j1');
    expect(submittedJobId({ account: { id: 'a' } })).toBeUndefined();
  });
  it('turns a failed jobresult into an ApiError', () => {
    const e = jobError('deleteDomain', { errorcode: 530, errortext: 'Domain has accounts' });
    expect(e.errorcode).toBe(530);
    expect(e.message).toBe('Domain has accounts');
  });
});
