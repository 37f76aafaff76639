/** The primary navigation, in the order the header shows it. */
export const PRIMARY_NAV = [
  { href: '/professions/', label: 'Professions' },
  { href: '/careers/', label: 'Careers' },
  { href: '/resources/', label: 'Resources' },
  { href: '/greener/', label: 'Greener AHPs' },
  { href: '/health-inequalities/', label: 'Health inequalities' },
  { href: '/strategy/', label: 'Strategy' },
  { href: '/search/', label: 'Search' },
] as const;

export interface Crumb {
  href: string;
  label: string;
}
