import { caseTodo, type TodoContext } from '../../src/domain/case-todo';
import { packetChecklist } from '../../src/domain/packet';
import type { PacketItem } from '../../src/domain/vocabulary';
import { aCase, aPlanRule, someSettings } from './builders';

const rule = aPlanRule().build(); // every item but the medical necessity letter, 3 attempts
const ctx = (inNetworkAttempts = 0, overrides: Partial<TodoContext> = {}): TodoContext => ({
  today: '2026-03-09',
  planRule: rule,
  inNetworkAttempts,
  settings: someSettings(),
  ...overrides,
});
const ALL_BUT_LETTER: PacketItem[] = ['Clinical summary', 'Treatment plan', 'In-network search', 'Credentials', 'Member & diagnosis', 'Services & rate'];

describe('case-todo', () => {
  describe('caseTodo', () => {
    it.each([
      ['Identified, nothing done', aCase().build(), 0, 'Submitted', ALL_BUT_LETTER.map((i) => `packet:${i}`)],
      ['Assembling, two ticked', aCase().withStatus('Assembling packet').withPacket(['Clinical summary', 'Credentials']).build(), 0, 'Submitted', ['packet:Treatment plan', 'packet:In-network search', 'packet:Member & diagnosis', 'packet:Services & rate']],
      ['Assembling, search ticked but short of attempts', aCase().withStatus('Assembling packet').withPacket(ALL_BUT_LETTER).build(), 2, 'Submitted', ['packet:In-network search']],
      ['Assembling, packet complete', aCase().withStatus('Assembling packet').withPacket(ALL_BUT_LETTER).build(), 3, 'Submitted', []],
      ['Submitted, no terms yet', aCase().withStatus('Submitted').submitted('2026-03-02').withPacket('all').build(), 3, 'Approved (written)', ['scaNumber', 'approvedCodes', 'unitsApproved', 'approvedRate', 'startDate', 'endDate', 'writtenConfirmationOn']],
      ['Approved (verbal), terms in but not in writing', aCase().withStatus('Approved (verbal)').submitted('2026-03-02').withWrittenTerms().writtenOn(null).build(), 3, 'Approved (written)', ['writtenConfirmationOn']],
      ['Approved (written), complete', aCase().withStatus('Approved (written)').submitted('2026-03-02').withWrittenTerms().build(), 3, 'Active', []],
      ['Active', aCase().active().build(), 0, null, []],
      ['Denied', aCase().withStatus('Denied').deniedFor('Other').build(), 0, null, []],
      ['Closed', aCase().withStatus('Closed').build(), 0, null, []],
    ])('%s: towards %p, now %p', (_name, c, attempts, towards, fields) => {
      const todo = caseTodo(c, ctx(attempts));
      expect(todo.towards).toBe(towards);
      expect(todo.now.map((t) => t.field)).toEqual(fields);
    });

    it('lists the in-network search once, with the count, when it is both unticked and short of attempts', () => {
      const todo = caseTodo(aCase().build(), ctx(1));
      const search = todo.now.filter((t) => t.field === 'packet:In-network search');
      expect(search).toHaveLength(1);
      expect(search[0]?.message).toBe('In-network search: Log at least 3 in-network providers contacted (1 logged).');
    });

    it.each([['Identified'], ['Assembling packet']] as const)('never asks for Submitted via while the case is %s (the Submit form asks for it)', (status) => {
      const todo = caseTodo(aCase().withStatus(status).withPacket(ALL_BUT_LETTER).build(), ctx(3));
      expect([...todo.now, ...todo.later].some((t) => t.field === 'submittedVia' || /Submitted via/.test(t.message))).toBe(false);
    });

    it('asks for Submitted via when a submitted case lacks it (a broken row)', () => {
      const todo = caseTodo(aCase().withStatus('Submitted').with({ submittedOn: '2026-03-02' }).withPacket('all').build(), ctx(3));
      expect(todo.now.map((t) => t.field)).toContain('submittedVia');
    });

    it.each([
      [[], 0],
      [['Clinical summary'], 0],
      [['Clinical summary', 'Medical necessity letter'], 0],
      [[...ALL_BUT_LETTER, 'Medical necessity letter'], 3],
      [ALL_BUT_LETTER, 1],
    ] as const)('counts agree with the checklist (ticked %p, %p attempts): one to-do per required item not done', (ticked, attempts) => {
      const c = aCase().withPacket([...ticked]).build();
      const checklist = packetChecklist(c, rule, attempts);
      const packetTodos = caseTodo(c, ctx(attempts)).now.filter((t) => t.code.startsWith('packet:'));
      expect(packetTodos).toHaveLength(checklist.progress.required - checklist.progress.done);
      expect(checklist.progress.done).toBeLessThanOrEqual(checklist.progress.required);
    });

    it('puts what the written terms will need under later, never twice and never also under now', () => {
      const todo = caseTodo(aCase().build(), ctx());
      expect(todo.later.map((t) => t.field)).toEqual(['scaNumber', 'approvedCodes', 'unitsApproved', 'approvedRate', 'startDate', 'endDate', 'writtenConfirmationOn']);
      const keys = [...todo.now, ...todo.later].map((t) => `${t.code}|${t.field}`);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('says when the start date is after the end date', () => {
      const c = aCase().withStatus('Approved (written)').submitted('2026-03-02').withWrittenTerms().startingOn('2026-07-01').endingOn('2026-06-30').build();
      expect(caseTodo(c, ctx()).now).toEqual([{ code: 'written_terms_incomplete', message: 'Start date 2026-07-01 is after End date 2026-06-30.', field: 'endDate' }]);
    });
  });
});
