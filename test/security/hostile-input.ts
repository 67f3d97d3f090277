import fc from 'fast-check';

// Random and hostile values for the property-based tests: huge strings, wrong types,
// prototype-pollution keys, lone surrogates, null bytes, markup.

export const FIELD_NAMES = [
  'id',
  'ids',
  'title',
  'slug',
  'summary',
  'name',
  'url',
  'email',
  'password',
  'currentPassword',
  'newPassword',
  'confirmPassword',
  'role',
  'disabled',
  'active',
  'to',
  'revisionId',
  'altText',
  'alt',
  'file',
  'body',
  'intent',
  'version',
  'scheduledAt',
  'categoryId',
  'coverMediaId',
  'description',
  'mediaId',
  'youtubeUrl',
  'published',
  'site.name',
  'contact.email',
  'footer.text',
  'q',
  'page',
  'kind',
  'order',
  '__proto__',
  'constructor',
  'prototype',
] as const;

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uD800',
    'x\uDFFFy',
    '\uFEFF\u202E',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '"><img src=x onerror=alert(1)>',
    '../../etc/passwd',
    '%00',
    "' OR 1=1 --",
    '{{constructor.constructor("alert(1)")()}}',
    '__proto__',
    'NaN',
    '-1',
    '1e309',
    '00000000-0000-0000-0000-000000000000',
    'ADMIN',
    'true',
  ),
  fc.integer({ min: 1, max: 3 }).map((n) => 'Ệ'.repeat(n * 70_000)),
  fc.uuid(),
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt().map((n) => n.toString()),
  fc.constant(Number.NaN),
);

/** JSON-ish values, objects with the fields actions read and with __proto__/constructor keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc
    .array(fc.tuple(fc.constantFrom(...FIELD_NAMES), tie('value')), { maxLength: 6 })
    // Object.fromEntries defines own properties, so a "__proto__" key is data, as JSON.parse makes it.
    .map((entries) => Object.fromEntries(entries)),
})).value;

/** Forms as a browser (or an attacker's script) could post them, including files. */
export const hostileFormData: fc.Arbitrary<FormData> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...FIELD_NAMES),
      fc.oneof(
        hostileString,
        fc.uint8Array({ maxLength: 64 }).map((bytes) => new File([bytes], '../<script>.jpg', { type: 'image/jpeg' })),
      ),
    ),
    { maxLength: 8 },
  )
  .map((entries) => {
    const data = new FormData();
    for (const [key, value] of entries) data.append(key, value);
    return data;
  });

export const hostileArgument: fc.Arbitrary<unknown> = fc.oneof(hostileFormData, hostileValue);
