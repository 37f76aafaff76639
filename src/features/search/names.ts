/**
 * The names people use for the hub's professions and topics, for the query plan (plan.ts): a query
 * that names one gets that profession's page, or pages on that topic for it, near the top.
 * The professions and topics themselves come from src/lib/vocabulary.ts; each value here is the
 * label its pages carry as a search filter (the profession page's title, the topic's label).
 * Names are lower case and matched as whole words; a final "s" on the last word is also accepted.
 */
import { TOPICS, type ProfessionSlug, type Topic } from '../../lib/vocabulary';

export interface NamedProfession {
  slug: ProfessionSlug;
  /** The profession page's title, which is also its value of the profession filter. */
  label: string;
  names: readonly string[];
}

/** Full names, what the profession is called as a field, and the short names people type (physio, OT, SLT, ODP). */
export const PROFESSION_NAMES: readonly NamedProfession[] = [
  { slug: 'art-therapists', label: 'Art therapists', names: ['art therapist', 'art therapy', 'art psychotherapist', 'art psychotherapy'] },
  { slug: 'dietitians', label: 'Dietitians', names: ['dietitian', 'dietician', 'dietetics'] },
  { slug: 'dramatherapists', label: 'Dramatherapists', names: ['dramatherapist', 'dramatherapy', 'drama therapist', 'drama therapy'] },
  { slug: 'music-therapists', label: 'Music therapists', names: ['music therapist', 'music therapy'] },
  { slug: 'occupational-therapists', label: 'Occupational therapists', names: ['occupational therapist', 'occupational therapy', 'ot'] },
  {
    slug: 'operating-department-practitioners',
    label: 'Operating department practitioners',
    names: ['operating department practitioner', 'operating department practice', 'odp'],
  },
  { slug: 'orthoptists', label: 'Orthoptists', names: ['orthoptist', 'orthoptics'] },
  { slug: 'osteopaths', label: 'Osteopaths', names: ['osteopath', 'osteopathy', 'osteo'] },
  { slug: 'paramedics', label: 'Paramedics', names: ['paramedic'] },
  { slug: 'physiotherapists', label: 'Physiotherapists', names: ['physiotherapist', 'physiotherapy', 'physio', 'physical therapist'] },
  { slug: 'podiatrists', label: 'Podiatrists', names: ['podiatrist', 'podiatry', 'chiropodist', 'chiropody'] },
  {
    slug: 'prosthetists-and-orthotists',
    label: 'Prosthetists and orthotists',
    names: ['prosthetist', 'orthotist', 'prosthetists and orthotist'],
  },
  { slug: 'radiographers', label: 'Radiographers', names: ['radiographer', 'radiography'] },
  {
    slug: 'speech-and-language-therapists',
    label: 'Speech and language therapists',
    names: ['speech and language therapist', 'speech and language therapy', 'speech therapist', 'speech therapy', 'slt', 'salt'],
  },
];

/** Everyday names for each topic, besides its label. */
const TOPIC_ALIASES: Partial<Record<Topic, readonly string[]>> = {
  'health-inequalities': ['inequalities', 'inequality', 'health inequality'],
  'learning-disability-and-autism': ['learning disability', 'autism', 'autistic'],
  'covid-19': ['covid', 'coronavirus'],
  sustainability: ['net zero', 'greener', 'climate'],
  'urgent-and-emergency-care': ['urgent care', 'emergency care'],
  'long-term-conditions': ['long term conditions', 'long-term condition'],
  'public-health-and-prevention': ['public health', 'prevention'],
  'quality-improvement': ['quality improvement'],
  'research-and-innovation': ['research', 'innovation'],
  'support-workforce': ['support workforce'],
  'education-and-placements': ['placement', 'placements'],
  'service-planning': ['commissioning'],
  rehabilitation: ['rehab'],
  prescribing: ['prescriber'],
};

export interface NamedTopic {
  id: Topic;
  label: string;
  names: readonly string[];
}

export const TOPIC_NAMES: readonly NamedTopic[] = (Object.entries(TOPICS) as Array<[Topic, string]>).map(([id, label]) => ({
  id,
  label,
  names: [label.toLowerCase(), ...(TOPIC_ALIASES[id] ?? [])],
}));
