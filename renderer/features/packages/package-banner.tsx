import { useEffect, useState } from 'react';
import type { PackageInfo } from '../../../shared/api/package.ts';
import { send } from '../../api/client.ts';
import { openPackagesDialog } from './packages-store.ts';

/** On every view of a coder package: whose it is, where it came from, and how to send the coding back. */
export function PackageBanner({ projectPath }: { projectPath: string }) {
  const [info, setInfo] = useState<PackageInfo | null>(null);
  useEffect(() => {
    let live = true;
    send('package-get', {})
      .then((i) => live && setInfo(i))
      .catch(() => live && setInfo(null));
    return () => {
      live = false;
    };
  }, [projectPath]);
  if (!info) return null;
  return (
    <div className="package-banner" role="note" data-testid="package-banner">
      <p>
        <strong>
          Package for {info.coderName} from study {info.originName}
        </strong>
        : return your coding with File ▸ Export coding…
      </p>
      <button type="button" className="btn btn-small" onClick={() => openPackagesDialog('export-coding')}>
        Export coding…
      </button>
    </div>
  );
}
