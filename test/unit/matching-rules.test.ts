import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../api/contract/seeded-random.ts';
import { nameGroups } from '../../api/matching/crowded-domains.ts';
import { assignIds } from '../../api/matching/entity-ids.ts';
import { RecordMatcher, type Mention, type Override, type Resolution } from '../../api/matching/record-matcher.ts';

/** A customer mention: [name, domain?, anchorId?]. */
type Row = [name: string | undefined, domain?: string, anchorId?: string];

const customer = ([name, domain, anchorId]: Row): Mention => ({
  kind: 'customer',
  ...(name !== undefined && { name }),
  ...(domain !== undefined && { domain }),
  ...(anchorId !== undefined && { anchorId }),
});

/** Adds each file's rows (file name → rows) and resolves. */
function match(files: Record<string, Row[]>, overrides: Override[] = []): Resolution {
  const matcher = new RecordMatcher();
  for (const [file, rows] of Object.entries(files)) for (const row of rows) matcher.add(customer(row), file);
  return matcher.resolve(overrides);
}

const idOf = (resolution: Resolution, row: Row) => resolution.lookup(customer(row))?.id;
const entities = (resolution: Resolution) => [...resolution.entities('customer')];
const reasons = (resolution: Resolution) => resolution.problems().map(({ reason }) => reason);

describe('rule 1: the same registrable domain is one entity', () => {
  it('merges spellings and URLs of one domain', () => {
    const resolution = match({
      'crm.csv': [['Acme, Inc.', 'https://www.acme.com/']],
      'install-base.csv': [['ACME Inc', 'acme.com']],
    });
    expect(resolution.lookup(customer(['Acme, Inc.', 'https://www.acme.com/']))).toEqual({
      id: 'acme-com',
      how: 'domain',
      reason: 'same domain acme.com as "ACME Inc" (install-base.csv)',
    });
    expect(resolution.lookup(customer(['ACME Inc', 'acme.com']))).toEqual({
      id: 'acme-com',
      how: 'domain',
      reason: 'same domain acme.com as "Acme, Inc." (crm.csv)',
    });
    expect(entities(resolution)).toHaveLength(1);
  });

  it('keeps identical names with different domains apart', () => {
    const resolution = match({
      'crm.csv': [
        ['Acme', 'acme.com'],
        ['Acme', 'acme.co.uk'],
      ],
    });
    expect(idOf(resolution, ['Acme', 'acme.com'])).toBe('acme-com');
    expect(idOf(resolution, ['Acme', 'acme.co.uk'])).toBe('acme-co-uk');
    expect(resolution.lookup(customer(['Acme', 'acme.co.uk']))!.how).toBe('new');
  });
});

describe('a name that is a bare domain names the organisation by that domain', () => {
  it('matches "northwindtraders.com" in a name column to the record with that domain, and not "Acme Inc." or "Inc."', () => {
    const resolution = match({
      'partners.csv': [['Northwind Traders', 'https://www.northwindtraders.com/']],
      'deals.csv': [['northwindtraders.com'], ['Booking.com'], ['Acme Inc.']],
      'directory.csv': [['Booking Holdings', 'booking.com']],
    });
    expect(idOf(resolution, ['northwindtraders.com'])).toBe('northwindtraders-com');
    expect(idOf(resolution, ['Booking.com'])).toBe('booking-com');
    // "Acme Inc." has a space: a name, not a domain.
    expect(idOf(resolution, ['Acme Inc.'])).toBe('acme');
    expect(entities(resolution)).toHaveLength(3);
  });
});

describe('rule 2: a record without a domain joins the one entity with its name', () => {
  it('joins the unique entity carrying the normalised name', () => {
    const resolution = match({ 'crm.csv': [['Acme, Inc.', 'acme.com']], 'partners.csv': [['ACME Incorporated']] });
    expect(resolution.lookup(customer(['ACME Incorporated']))).toEqual({
      id: 'acme-com',
      how: 'name',
      reason: 'same name as "Acme, Inc." (crm.csv)',
    });
    expect(entities(resolution)).toHaveLength(1);
  });

  it('is ambiguous when two entities with different domains carry the name: merged with neither', () => {
    const resolution = match({
      'crm.csv': [
        ['Acme', 'acme.com'],
        ['Acme Inc', 'acme.io'],
      ],
      'partners.csv': [['Acme'], ['Acme']],
    });
    expect(resolution.lookup(customer(['Acme']))).toEqual({
      id: 'acme',
      how: 'ambiguous',
      reason: 'name "acme" fits 2 records; merged with none',
      candidates: [
        { id: 'acme-com', name: 'Acme', domain: 'acme.com' },
        { id: 'acme-io', name: 'Acme Inc', domain: 'acme.io' },
      ],
    });
    // Three entities: acme.com, acme.io and the two domain-less rows kept apart together.
    expect(entities(resolution).map(({ id, records }) => [id, records])).toEqual([
      ['acme', 2],
      ['acme-com', 1],
      ['acme-io', 1],
    ]);
    expect(reasons(resolution)).toContain(
      'name "acme" fits 2 customer records (acme-com, acme-io): 2 customer records with only that name kept apart as acme.',
    );
  });

  it('lets a domain entity absorb an anchored entity with its name and no domain, keeping the anchor’s id', () => {
    const resolution = match({
      'customers.csv': [['Umbrella', undefined, 'c-17']],
      'crm.csv': [['Umbrella Corp', 'umbrella.com']],
    });
    expect(resolution.lookup(customer(['Umbrella Corp', 'umbrella.com']))).toEqual({
      id: 'c-17',
      how: 'name',
      reason: 'same name as "Umbrella" (customers.csv), already in the graph as c-17',
    });
    expect(entities(resolution)).toEqual([
      {
        id: 'c-17',
        name: 'Umbrella',
        domain: 'umbrella.com',
        anchorId: 'c-17',
        names: ['Umbrella', 'Umbrella Corp'],
        domains: ['umbrella.com'],
        records: 2,
      },
    ]);
  });

  it('absorbs no anchor when two anchors without a domain share the name', () => {
    const resolution = match({
      'customers.csv': [
        ['Umbrella', undefined, 'c-17'],
        ['Umbrella', undefined, 'c-18'],
      ],
      'crm.csv': [['Umbrella Corp', 'umbrella.com']],
    });
    expect(idOf(resolution, ['Umbrella Corp', 'umbrella.com'])).toBe('umbrella-com');
    expect(entities(resolution).map(({ id }) => id)).toEqual(['c-17', 'c-18', 'umbrella-com']);
    expect(reasons(resolution)).toContain(
      '2 customer records already in the graph without a domain (c-17, c-18) are named like umbrella.com: merged with none.',
    );
  });
});

describe('rule 3: anchors', () => {
  it('joins records with the anchor’s domain to the anchor, under the anchor’s id', () => {
    const resolution = match({
      'customers.csv': [['Acme', 'acme.com', 'acme']],
      'crm.csv': [['Acme Corp', 'https://acme.com']],
    });
    expect(resolution.lookup(customer(['Acme', 'acme.com', 'acme']))).toEqual({
      id: 'acme',
      how: 'anchor',
      reason: 'its own id acme',
    });
    expect(resolution.lookup(customer(['Acme Corp', 'https://acme.com']))).toEqual({
      id: 'acme',
      how: 'domain',
      reason: 'same domain acme.com as "Acme" (customers.csv)',
    });
  });

  it('never merges two anchors; a record with the domain they share is ambiguous', () => {
    const resolution = match({
      'customers.csv': [
        ['Acme US', 'acme.com', 'acme-us'],
        ['Acme EU', 'acme.com', 'acme-eu'],
      ],
      'crm.csv': [['Acme', 'acme.com']],
    });
    expect(idOf(resolution, ['Acme US', 'acme.com', 'acme-us'])).toBe('acme-us');
    expect(idOf(resolution, ['Acme EU', 'acme.com', 'acme-eu'])).toBe('acme-eu');
    expect(resolution.lookup(customer(['Acme', 'acme.com']))).toEqual({
      id: 'acme-com',
      how: 'ambiguous',
      reason: 'acme.com belongs to 2 records already in the graph; merged with neither',
      candidates: [
        { id: 'acme-eu', name: 'Acme EU', domain: 'acme.com' },
        { id: 'acme-us', name: 'Acme US', domain: 'acme.com' },
      ],
    });
    expect(reasons(resolution)).toContain(
      'acme.com belongs to 2 records already in the graph (acme-eu, acme-us): 1 customer record with only that domain merged into neither.',
    );
  });

  it('derives ids from the domain, else the name, with suffixes given in sorted order', () => {
    const resolution = match({
      'a.csv': [
        ['Acme', 'acme.com'], // slug acme-com
        ['Acme com'], // slug acme-com too: the domain entity sorts first and keeps it, this one is acme-com-2
        ['Zeta', undefined, 'acme'], // an anchor holding the id "acme"
        ['ACME Ltd', 'acme.io'], // its own domain: acme-io
        ['Acme'], // name "acme": acme.com and acme.io both carry it, so an entity of its own; slug acme, held by the anchor
        ['Beta'], // slug beta
        ['Acme 2'], // slug acme-2, claimed bare before any suffix is handed out, so the domain-less "Acme" gets acme-3
      ],
    });
    expect(entities(resolution).map(({ id, name }) => [id, name])).toEqual([
      ['acme', 'Zeta'],
      ['acme-2', 'Acme 2'],
      ['acme-3', 'Acme'],
      ['acme-com', 'Acme'],
      ['acme-com-2', 'Acme com'],
      ['acme-io', 'ACME Ltd'],
      ['beta', 'Beta'],
    ]);
    expect(resolution.lookup(customer(['Acme']))!.how).toBe('ambiguous');
  });

  it('suffixes collisions in sorted order, whoever came first', () => {
    // Two entities slug to "acme", which an anchor holds; "Acme 2" claims "acme-2" bare first, so "a" then "b" (by order) take -3 and -4.
    expect(
      assignIds([
        { text: 'Acme', order: 'b' },
        { anchor: 'acme', text: '', order: '' },
        { text: 'Acme', order: 'a' },
        { text: 'Acme 2', order: 'z' },
      ]),
    ).toEqual(['acme-4', 'acme', 'acme-3', 'acme-2']);
  });
});

describe('rule 4: overrides', () => {
  const files: Record<string, Row[]> = {
    'crm.csv': [
      ['Acme', 'acme.com'],
      ['Acme Labs', 'acme.io'],
    ],
    'partners.csv': [['Acme']],
  };

  it('merges across different domains on `same`', () => {
    const resolution = match(files, [{ left: 'acme.com', right: 'Acme Labs', decision: 'same', line: 2 }]);
    expect(idOf(resolution, ['Acme Labs', 'acme.io'])).toBe('acme-com');
    expect(resolution.lookup(customer(['Acme Labs', 'acme.io']))).toEqual({
      id: 'acme-com',
      how: 'override',
      reason: 'override "acme.com" same "Acme Labs" (line 2)',
    });
    expect(entities(resolution)).toHaveLength(1);
    expect(entities(resolution)[0]!.domains).toEqual(['acme.com', 'acme.io']);
  });

  it('keeps apart on `different` what the name would have merged', () => {
    expect(idOf(match(files), ['Acme'])).toBe('acme-com');
    const resolution = match(files, [{ left: 'Acme', right: 'acme.com', decision: 'different', line: 3 }]);
    expect(resolution.lookup(customer(['Acme']))).toEqual({
      id: 'acme',
      how: 'override',
      reason: 'kept apart by override "Acme" different "acme.com" (line 3)',
    });
  });

  it('reports and ignores overrides that name nothing or contradict', () => {
    const resolution = match(files, [
      { left: 'Hooli', right: 'acme.com', decision: 'same', line: 1 },
      { left: 'acme.io', right: 'acme.com', decision: 'different', line: 2 },
      { left: 'acme.com', right: 'acme.io', decision: 'same', line: 3 },
    ]);
    expect(idOf(resolution, ['Acme Labs', 'acme.io'])).toBe('acme-io');
    expect(resolution.problems().filter(({ override }) => override)).toEqual([
      {
        override: { left: 'Hooli', right: 'acme.com', decision: 'same', line: 1 },
        reason: 'override "Hooli" same "acme.com" (line 1): "Hooli" names no record; ignored.',
      },
      {
        override: { left: 'acme.com', right: 'acme.io', decision: 'same', line: 3 },
        reason:
          'override "acme.com" same "acme.io" (line 3): contradicts override "acme.io" different "acme.com" (line 2); ignored, they stay apart.',
      },
    ]);
  });

  it('refuses to merge two anchors or to split one domain', () => {
    const resolution = match(
      {
        'customers.csv': [
          ['Acme North', 'acme.com', 'a1'],
          ['Acme South', 'acme.io', 'a2'],
        ],
        'crm.csv': [['Acme Corp', 'acme.com']],
      },
      [
        { left: 'a1', right: 'a2', decision: 'same' },
        { left: 'Acme Corp', right: 'a1', decision: 'different' },
      ],
    );
    expect(reasons(resolution)).toEqual([
      'override "a1" same "a2": would merge two records already in the graph (a1, a2); ignored.',
      'override "Acme Corp" different "a1": both are one record by domain or id, which an override cannot split; ignored.',
    ]);
  });

  it('asks for an id or domain when a name names several records', () => {
    const resolution = match(files, [{ left: 'Acme', right: 'Acme Labs', decision: 'same' }]);
    // "Acme" names the domain-less row first (it exists), so this one applies; a name carried only by several domain records does not.
    expect(resolution.problems().filter(({ override }) => override)).toEqual([]);
    const twice = match(
      {
        'crm.csv': [
          ['Acme', 'acme.com'],
          ['Acme', 'acme.io'],
          ['Zeta', 'zeta.com'],
        ],
      },
      [{ left: 'Acme', right: 'Zeta', decision: 'same' }],
    );
    expect(reasons(twice)).toEqual([
      'override "Acme" same "Zeta": "Acme" names 2 customer records (acme.com, acme.io); name one by id or domain; ignored.',
    ]);
  });
});

describe('rule 5: shared domains are no identity', () => {
  it('does not merge different organisations on a free-mail domain, and reports the domain', () => {
    const resolution = match({
      'install-base.csv': [
        ['Initech', 'peter@gmail.com'],
        ['Hooli', 'gavin@gmail.com'],
      ],
    });
    expect(idOf(resolution, ['Initech', 'peter@gmail.com'])).toBe('initech');
    expect(idOf(resolution, ['Hooli', 'gavin@gmail.com'])).toBe('hooli');
    expect(reasons(resolution)).toEqual([
      'gmail.com is a shared domain (mail or profile host), no identity: 2 customer records with it matched without it.',
    ]);
    // A shared domain alone identifies nothing.
    expect(resolution.lookup(customer([undefined, 'someone@gmail.com']))).toBeUndefined();
  });

  it('still merges one organisation across a shared domain by its name', () => {
    const resolution = match({
      'crm.csv': [['Initech', 'initech.com']],
      'install-base.csv': [['Initech LLC', 'peter@gmail.com']],
    });
    expect(idOf(resolution, ['Initech LLC', 'peter@gmail.com'])).toBe('initech-com');
  });

  it('treats a domain carried by three unrelated names as shared', () => {
    const resolution = match({
      'install-base.csv': [
        ["Joe's Pizza", 'webagency.com'],
        ['Smith Dental', 'webagency.com'],
        ['Harbour Books', 'webagency.com'],
      ],
    });
    expect(entities(resolution).map(({ id }) => id)).toEqual(['harbour-books', 'joes-pizza', 'smith-dental']);
    expect(reasons(resolution)).toEqual([
      'webagency.com is carried by 3 unrelated names ("harbour books", "joes pizza", "smith dental"): treated as no domain for 3 customer records.',
    ]);
  });

  it('keeps a domain whose names are related, through a shared word or the domain’s label', () => {
    const resolution = match({
      'crm.csv': [
        ['Acme', 'acme.com'],
        ['Acme Europe', 'acme.com'],
        ['Acme Software', 'acme.com'],
      ],
    });
    expect(entities(resolution).map(({ id }) => id)).toEqual(['acme-com']);
    // "ibm" is the label; "international business machines" has it as initials; "big blue" alone: 2 groups < 3.
    expect(nameGroups('ibm.com', ['ibm', 'international business machines', 'big blue'])).toEqual([
      ['big blue'],
      ['ibm', 'international business machines'],
    ]);
    // "ben and jerrys" closed up without its connector, "benjerrys", contains the label "benjerry".
    expect(nameGroups('benjerry.com', ['ben and jerrys', 'benjerry', 'cherry garcia'])).toHaveLength(2);
  });
});

describe('rule 6: the display name', () => {
  it('is the anchor’s spelling when anchored, however rare', () => {
    const resolution = match({
      'customers.csv': [['Acme (EMEA)', 'acme.com', 'acme']],
      'crm.csv': [
        ['ACME', 'acme.com'],
        ['ACME', 'acme.com'],
      ],
    });
    expect(entities(resolution)[0]!.name).toBe('Acme (EMEA)');
  });

  it('is otherwise the most frequent spelling; among equals one not in capitals alone, then the fullest', () => {
    // "Acme, Inc." twice against "ACME Inc" once.
    expect(
      entities(
        match({
          a: [
            ['Acme, Inc.', 'acme.com'],
            ['Acme, Inc.', 'acme.com'],
            ['ACME Inc', 'acme.com'],
          ],
        }),
      )[0]!.name,
    ).toBe('Acme, Inc.');
    // Once each: "ACME Inc" is in capitals alone, so "Acme, Inc."; and "Acme, Inc." is fuller than "Acme".
    expect(
      entities(
        match({
          a: [
            ['Acme, Inc.', 'acme.com'],
            ['ACME Inc', 'acme.com'],
          ],
        }),
      )[0]!.name,
    ).toBe('Acme, Inc.');
    expect(
      entities(
        match({
          a: [
            ['Acme', 'acme.com'],
            ['Acme, Inc.', 'acme.com'],
          ],
        }),
      )[0]!.name,
    ).toBe('Acme, Inc.');
  });
});

describe('the resolution', () => {
  /** Every feature at once: domains, URLs, names, anchors, contested and shared and crowded domains, ambiguity. */
  const rows: [Row, string][] = [
    [['Acme, Inc.', 'https://www.acme.com/'], 'crm.csv'],
    [['ACME Inc', 'acme.com'], 'install-base.csv'],
    [['ACME Inc', 'acme.com'], 'crm.csv'], // one spelling in two files: reasons quote crm.csv, the first in code-unit order, whichever came first
    [['Acme'], 'partners.csv'],
    [['Acme Labs', 'acme.io'], 'crm.csv'],
    [['Acme Labs'], 'partners.csv'],
    [['Globex Corporation', 'globex.io'], 'install-base.csv'],
    [['Globex', undefined, 'globex'], 'customers.csv'],
    [['Initech', 'peter@gmail.com'], 'install-base.csv'],
    [['Initech LLC'], 'partners.csv'],
    [['Umbrella US', 'umbrella.com', 'u-us'], 'customers.csv'],
    [['Umbrella EU', 'umbrella.com', 'u-eu'], 'customers.csv'],
    [['Umbrella', 'umbrella.com'], 'crm.csv'],
    [["Joe's Pizza", 'webagency.com'], 'install-base.csv'],
    [['Smith Dental', 'webagency.com'], 'install-base.csv'],
    [['Harbour Books', 'webagency.com'], 'install-base.csv'],
    [['Hooli', 'n/a'], 'crm.csv'],
    [['Inc.'], 'crm.csv'],
    [['Stark', 'stark.com'], 'crm.csv'],
    [['Stark'], 'partners.csv'],
    [['Stark Industries', 'starkindustries.com'], 'crm.csv'],
  ];
  const overrides: Override[] = [
    { left: 'stark.com', right: 'starkindustries.com', decision: 'same', line: 1 },
    { left: 'Acme Labs', right: 'acme.com', decision: 'different', line: 2 },
  ];

  function snapshot(order: [Row, string][]) {
    const matcher = new RecordMatcher();
    for (const [row, file] of order) matcher.add(customer(row), file);
    const resolution = matcher.resolve(overrides);
    return JSON.stringify({
      entities: entities(resolution),
      decisions: rows.map(([row]) => resolution.lookup(customer(row))),
      problems: resolution.problems(),
    });
  }

  it('does not depend on the order records were added in', () => {
    const reference = snapshot(rows);
    const random = seededRandom(20_240_601);
    for (let round = 0; round < 25; round++) {
      const shuffled = [...rows];
      for (let index = shuffled.length - 1; index > 0; index--) {
        const other = Math.floor(random() * (index + 1));
        [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
      }
      expect(snapshot(shuffled)).toBe(reference);
    }
  });

  it('gives every record of the mixed set its entity', () => {
    const matcher = new RecordMatcher();
    for (const [row, file] of rows) matcher.add(customer(row), file);
    const resolution = matcher.resolve(overrides);
    const decided = Object.fromEntries(
      rows.map(([row]) => [
        row.filter((part) => part !== undefined).join(' | '),
        resolution.lookup(customer(row)) && [
          resolution.lookup(customer(row))!.id,
          resolution.lookup(customer(row))!.how,
        ],
      ]),
    );
    expect(decided).toEqual({
      'Acme, Inc. | https://www.acme.com/': ['acme-com', 'domain'],
      'ACME Inc | acme.com': ['acme-com', 'domain'],
      Acme: ['acme-com', 'name'],
      'Acme Labs | acme.io': ['acme-io', 'name'],
      'Acme Labs': ['acme-io', 'name'],
      'Globex Corporation | globex.io': ['globex', 'name'],
      'Globex | globex': ['globex', 'anchor'],
      'Initech | peter@gmail.com': ['initech', 'name'],
      'Initech LLC': ['initech', 'name'],
      'Umbrella US | umbrella.com | u-us': ['u-us', 'anchor'],
      'Umbrella EU | umbrella.com | u-eu': ['u-eu', 'anchor'],
      'Umbrella | umbrella.com': ['umbrella-com', 'ambiguous'],
      "Joe's Pizza | webagency.com": ['joes-pizza', 'new'],
      'Smith Dental | webagency.com': ['smith-dental', 'new'],
      'Harbour Books | webagency.com': ['harbour-books', 'new'],
      'Hooli | n/a': ['hooli', 'new'],
      'Inc.': undefined,
      // It founded the entity; the override is what put another record with it (before the name did).
      'Stark | stark.com': ['stark-com', 'override'],
      Stark: ['stark-com', 'name'],
      'Stark Industries | starkindustries.com': ['stark-com', 'override'],
    });
    expect(reasons(resolution)).toEqual([
      'webagency.com is carried by 3 unrelated names ("harbour books", "joes pizza", "smith dental"): treated as no domain for 3 customer records.',
      'umbrella.com belongs to 2 records already in the graph (u-eu, u-us): 1 customer record with only that domain merged into neither.',
      'gmail.com is a shared domain (mail or profile host), no identity: 1 customer record with it matched without it.',
      '"n/a" is not a domain name (1 customer record).',
    ]);
  });

  it('keeps customers and companies apart', () => {
    const matcher = new RecordMatcher();
    matcher.add({ kind: 'company', name: 'Acme', domain: 'acme.com' });
    matcher.add({ kind: 'customer', name: 'Acme', domain: 'acme.com' });
    const resolution = matcher.resolve([{ left: 'acme.com', right: 'Zeta', decision: 'same' }]);
    expect(resolution.lookup({ kind: 'company', name: 'Acme', domain: 'acme.com' })!.how).toBe('new');
    expect(resolution.lookup({ kind: 'customer', name: 'Acme', domain: 'acme.com' })!.how).toBe('new');
    expect(reasons(resolution)).toEqual(['override "acme.com" same "Zeta": "Zeta" names no record; ignored.']);
  });

  it('refuses a lookup pass 1 never saw, and answers undefined for a mention with nothing to match on', () => {
    const resolution = match({ a: [['Acme', 'acme.com']] });
    expect(() => resolution.lookup(customer(['Globex', 'globex.io']))).toThrow(/not added in pass 1/);
    expect(resolution.lookup(customer(['LLC', 'n/a']))).toBeUndefined();
    expect(resolution.lookup(customer([undefined]))).toBeUndefined();
  });
});

describe('docs/matching.md worked example', () => {
  const files: Record<string, Row[]> = {
    'crm.csv': [
      ['Acme, Inc.', 'https://www.acme.com/about'],
      ['Initech', 'peter@gmail.com'],
    ],
    'install-base.csv': [
      ['ACME Inc', 'acme.com'],
      ['Globex Corp', 'globex.io'],
    ],
    'customers.csv': [
      ['Globex', undefined, 'globex'],
      ['Initech LLC', undefined, 'initech'],
    ],
  };
  const rows = Object.values(files).flat();

  it('gives 3 entities from 6 records, each with its rule', () => {
    const resolution = match(files);
    expect(rows.map((row) => resolution.lookup(customer(row)))).toEqual([
      { id: 'acme-com', how: 'domain', reason: 'same domain acme.com as "ACME Inc" (install-base.csv)' },
      { id: 'initech', how: 'name', reason: 'same name as "Initech LLC" (customers.csv)' },
      { id: 'acme-com', how: 'domain', reason: 'same domain acme.com as "Acme, Inc." (crm.csv)' },
      { id: 'globex', how: 'name', reason: 'same name as "Globex" (customers.csv), already in the graph as globex' },
      { id: 'globex', how: 'anchor', reason: 'its own id globex' },
      { id: 'initech', how: 'anchor', reason: 'its own id initech' },
    ]);
    expect(entities(resolution).map(({ id, name, domain }) => [id, name, domain])).toEqual([
      ['acme-com', 'Acme, Inc.', 'acme.com'],
      ['globex', 'Globex', 'globex.io'],
      ['initech', 'Initech LLC', undefined],
    ]);
    expect(reasons(resolution)).toEqual([
      'gmail.com is a shared domain (mail or profile host), no identity: 1 customer record with it matched without it.',
    ]);
  });

  it('keeps Globex’s anchor apart from globex.io under a `different` override: 4 entities', () => {
    const resolution = match(files, [{ left: 'globex', right: 'globex.io', decision: 'different' }]);
    expect(resolution.lookup(customer(['Globex Corp', 'globex.io']))).toEqual({
      id: 'globex-io',
      how: 'new',
      reason: 'no other record has domain globex.io',
    });
    expect(idOf(resolution, ['Globex', undefined, 'globex'])).toBe('globex');
    expect(entities(resolution)).toHaveLength(4);
  });
});
