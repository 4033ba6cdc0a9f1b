import type { ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  tone?: 'info' | 'locked';
}

/** Why a view cannot be used right now, in plain words (views are never hidden without a reason). */
export function ViewNotice({ title, children, tone = 'info' }: Props) {
  return (
    <section className={`view-notice view-notice--${tone}`} role="note" aria-label={title}>
      <span className="view-notice-icon" aria-hidden="true">
        {tone === 'locked' ? (
          <svg width="20" height="20" viewBox="0 0 20 20">
            <rect x="4" y="9" width="12" height="8" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M7 9V6.5a3 3 0 0 1 6 0V9" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        ) : (
          <svg width="20" height="20" viewBox="0 0 20 20">
            <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M10 9v5M10 6.2v.1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        )}
      </span>
      <div>
        <h2 className="view-notice-title">{title}</h2>
        <div className="view-notice-body">{children}</div>
      </div>
    </section>
  );
}
