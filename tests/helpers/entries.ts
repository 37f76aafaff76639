/** Valid content files of each kind, for tests to break one field at a time. */

/** A profession's page, as content/professions/orthoptists.mdx. */
export const VALID_PROFESSION = `---
title: Orthoptists
singular: Orthoptist
summary: Diagnose and treat problems with eye movement and how the eyes work together.
searchTerms: [squint]
regulator: hcpc
protectedTitles: [Orthoptist]
professionalBody:
  name: British and Irish Orthoptic Society
settings: [hospital eye clinics, schools, community clinics]
helps: [children with a squint, adults after a stroke]
access:
  inShort: Your GP or optometrist can refer you through the NHS. You cannot usually refer yourself.
  nhs: Your GP or optometrist can refer you to an orthoptist.
  selfReferral: "no"
  privately: Most people see an orthoptist through the NHS.
pay:
  startingBand: "5"
entrySubjects:
  oneOf: [biology]
  summary: Courses usually ask for three A levels, including a science.
  sources:
    - title: Test entry requirements
      url: https://www.healthcareers.nhs.uk/
sources:
  - title: Test source
    url: https://www.hcpc-uk.org/
lastReviewed: 2026-11-22
nextReview: 2027-11-22
---
Body text.
`;

/** A resource, as content/resources/job-planning-guide.mdx. */
export const VALID_RESOURCE = `---
title: "AHP job planning: A best practice guide"
publisher: NHS Improvement
type: guide
topics: [job-planning]
professions: all
audience: [leaders]
summary: "${'A guide that helps services plan the work of their allied health professionals. '.repeat(4).trim()}"
url: https://www.england.nhs.uk/
listedIn: appendix-2
sources:
  - title: Test source
    url: https://www.england.nhs.uk/
lastReviewed: 2026-11-22
nextReview: 2027-11-22
---
`;

/** A glossary term, as content/glossary/hcpc.yaml. */
export const VALID_GLOSSARY = `term: Health and Care Professions Council
abbreviation: HCPC
definition: The regulator for most allied health professions in the UK.
sources:
  - title: HCPC
    url: https://www.hcpc-uk.org/
lastReviewed: 2026-11-22
nextReview: 2027-11-22
`;

/** A profession's routes, as content/routes/orthoptists.yaml. */
export const VALID_ROUTES = `profession: orthoptists
routes:
  - route: undergraduate-degree
    available: true
sources:
  - title: Test source
    url: https://www.hcpc-uk.org/
lastReviewed: 2026-11-22
nextReview: 2027-11-22
`;
