import { describe, expect, it } from 'vitest';
import { buildForm, normalizeDomainPath } from './params';

describe('buildForm', () => {
  it('puts the command first, then the parameters, response=json and the session key', () => {
    const form = buildForm('listAccounts', { listall: true, page: 2, pagesize: 20, keyword: 'bo b' }, 'K1');
    expect(form.toString()).toBe('command=listAccounts&listall=true&page=2&pagesize=20&keyword=bo+b&response=json&sessionkey=K1');
  });

  it('leaves out undefined, null, empty strings and empty lists', () => {
    const form = buildForm('listUsers', { state: undefined, domainid: null, keyword: '', ids: [] });
    expect([...form.keys()]).toEqual(['command', 'response']);
  });

  it('joins lists with commas and writes booleans as words', () => {
    const form = buildForm('deleteEvents', { ids: ['a', 'b', 'c'], cleanup: false });
    expect(form.get('ids')).toBe('a,b,c');
    expect(form.get('cleanup')).toBe('false');
  });

  it('does not let parameters override command, response or sessionkey', () => {
    const form = buildForm('listUsers', { command: 'deleteUser', response: 'xml', SessionKey: 'evil' }, 'K');
    expect(form.getAll('command')).toEqual(['listUsers']);
    expect(form.getAll('response')).toEqual(['json']);
    expect(form.getAll('sessionkey')).toEqual(['K']);
    expect(form.has('SessionKey')).toBe(false);
  });

  it('sends no session key when there is none', () => {
    expect(buildForm('login', {}, null).has('sessionkey')).toBe(false);
  });

  it('encodes unicode and reserved characters', () => {
    const form = buildForm('createDomain', { name: '研发 & ops=1' });
    expect(new URLSearchParams(form.toString()).get('name')).toBe('研发 & ops=1');
  });
});

describe('normalizeDomainPath', () => {
  it.each([
    ['', '/'],
    [undefined, '/'],
    ['/', '/'],
    ['  child ', '/child/'],
    ['/child', '/child/'],
    ['/a/b/', '/a/b/'],
    ['ROOT', '/ROOT/'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDomainPath(input)).toBe(expected);
  });
});
