/** The sidebar's log sheets and small rules: acknowledgements, packet documents, document links, refusal placement, case changes. */
import { acknowledgementCells, ACKNOWLEDGEMENTS_HEADERS, mapAcknowledgementsHeaders, parseAcknowledgementRow } from '../../src/domain/acknowledgements-sheet';
import { startOfDayIn } from '../../src/domain/calendar-date';
import { caseChanges } from '../../src/domain/case-changes';
import { documentLinkProblem } from '../../src/domain/document-link';
import { refusalsFor } from '../../src/domain/guards';
import { mapPacketDocumentsHeaders, PACKET_DOCUMENTS_HEADERS, packetLinksOf, parsePacketDocumentRow } from '../../src/domain/packet-documents-sheet';
import { refusalFields } from '../../src/domain/refusal-fields';
import { aCase, aPlanRule } from './builders';

const ctx = { timeZone: 'America/New_York', rowNumber: 2 };
const day = (iso: string) => startOfDayIn(iso, 'America/New_York');

describe('acknowledgements-sheet', () => {
  const map = mapAcknowledgementsHeaders(ACKNOWLEDGEMENTS_HEADERS);
  it('reads back what it writes', () => {
    const ack = { caseId: 'SCA-0001', kind: 'units_low', by: 'a@clinic.example', on: '2026-03-09', quietUntil: '2026-03-20', untilWorse: true, severity: 'warning', level: 4, note: 'n' } as const;
    const cells = acknowledgementCells(ack);
    const row = ACKNOWLEDGEMENTS_HEADERS.map((_, i) => Object.values(cells)[i]);
    expect(parseAcknowledgementRow([row[0], row[1], row[2], day('2026-03-09'), day('2026-03-20'), 'Yes', 'warning', 4, 'n'], map, ctx)).toEqual(ack);
  });
  it.each([
    [['', 'units_low', 'x', day('2026-03-09')]],
    [['SCA-0001', 'not_a_kind', 'x', day('2026-03-09')]],
    [['SCA-0001', 'units_low', 'x', '']],
    [[]],
  ])('skips an unusable row %#', (cells) => {
    expect(parseAcknowledgementRow(cells, map, ctx)).toBeNull();
  });
});

describe('packet-documents-sheet', () => {
  const map = mapPacketDocumentsHeaders(PACKET_DOCUMENTS_HEADERS);
  const doc = (caseId: string, item: string, link: string) => parsePacketDocumentRow([caseId, item, link], map, ctx);
  it('keeps the latest link per item of the case; an empty link removes it', () => {
    const docs = [
      doc('SCA-0001', 'Clinical summary', 'https://docs.google.com/a'),
      doc('SCA-0002', 'Clinical summary', 'https://docs.google.com/other-case'),
      doc('sca-0001', 'clinical summary', 'https://docs.google.com/b'),
      doc('SCA-0001', 'Credentials', 'https://drive.google.com/c'),
      doc('SCA-0001', 'Credentials', ''),
    ].filter((d) => d !== null);
    expect(packetLinksOf('SCA-0001', docs)).toEqual({ 'Clinical summary': 'https://docs.google.com/b' });
  });
  it('skips rows that name no packet item', () => expect(doc('SCA-0001', 'Lunch', 'https://docs.google.com/x')).toBeNull());
});

describe('document-link', () => {
  it.each([
    ['', null],
    ['https://docs.google.com/document/d/1AbC/edit', null],
    ['https://drive.google.com/file/d/xyz/view?usp=sharing', null],
    ['  https://docs.google.com/spreadsheets/d/1/edit#gid=0  ', null],
    ['http://docs.google.com/document/d/1', 'https'],
    ['https://docs.google.com.evil.example/x', 'https'],
    ['https://files.example/x.pdf', 'https'],
    ['javascript:alert(1)', 'https'],
    ['https://docs.google.com/"><img src=x onerror=alert(1)>', 'https'],
  ])('%p → %p', (link, problem) => {
    const result = documentLinkProblem(link);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatch(/https:\/\/docs\.google\.com\//);
  });
});

describe('refusal-fields', () => {
  const rule = aPlanRule().forPayer('Acme Health').build();
  it.each([
    ['a packet item missing', aCase().withStatus('Submitted').submitted('2026-03-02').withPacket(['Clinical summary']).build(), 'packet:Treatment plan'],
    ['no Submitted via', aCase().withStatus('Submitted').with({ submittedOn: '2026-03-02' }).withPacket('all').build(), 'submittedVia'],
    ['no denial reason', aCase().withStatus('Denied').submitted('2026-03-02').build(), 'denialReason'],
    ['no SCA #', aCase().withStatus('Active').withWrittenTerms().with({ scaNumber: '' }).build(), 'scaNumber'],
    ['no written confirmation', aCase().withStatus('Active').withWrittenTerms().writtenOn(null).build(), 'writtenConfirmationOn'],
    ['start after end', aCase().withStatus('Active').withWrittenTerms().startingOn('2026-08-01').build(), 'endDate'],
  ])('places %s on its field', (_name, proposed, field) => {
    const from = proposed.status === 'Active' ? 'Approved (written)' : proposed.status === 'Denied' ? 'Submitted' : 'Assembling packet';
    const refusals = refusalsFor(proposed, { from, planRule: rule, inNetworkAttempts: 3 });
    expect(refusals.flatMap((r) => refusalFields(r, proposed, rule)).map((f) => f.field)).toContain(field);
  });
});

describe('case-changes', () => {
  const c = aCase().withStatus('Submitted').submitted('2026-03-02').build();
  it.each([
    ['nothing', c, {}],
    ['a status and a date', { ...c, status: 'In negotiation' as const, nextFollowUp: '2026-03-16' }, { status: 'In negotiation', nextFollowUp: '2026-03-16' }],
    ['codes by value, not identity', { ...c, approvedCodes: [...c.approvedCodes] }, {}],
    ['a packet tick', { ...c, packet: { ...c.packet, Credentials: true } }, { 'packet:Credentials': true }],
    ['a cleared date', { ...c, submittedOn: null }, { submittedOn: null }],
    ['Flags and Problems never', { ...c, flags: 'x', problems: 'y' }, {}],
  ])('%s', (_name, after, changes) => {
    expect(caseChanges(c, after)).toEqual(changes);
  });
});
