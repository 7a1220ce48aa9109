// The Lanecast mark: three lanes, each with a cast travelling along it. Decorative only;
// the product name next to it is the accessible text.
type LogoProps = { className?: string };

export function Logo({ className }: LogoProps) {
  return (
    <svg className={className} viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="var(--color-accent)" />
      <g stroke="var(--color-on-accent)" strokeWidth="2.5" strokeLinecap="round">
        <path d="M8 10h16" opacity="0.55" />
        <path d="M8 16h16" opacity="0.55" />
        <path d="M8 22h16" opacity="0.55" />
      </g>
      <g fill="var(--color-on-accent)">
        <circle cx="20" cy="10" r="3" />
        <circle cx="13" cy="16" r="3" />
        <circle cx="17" cy="22" r="3" />
      </g>
    </svg>
  );
}
