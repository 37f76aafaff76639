export interface Crumb {
  href: string;
  label: string;
}
