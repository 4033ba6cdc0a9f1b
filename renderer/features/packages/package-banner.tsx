import { useEffect } from 'react';
import { send } from '../../api/client.ts';
import { openPackagesDialog, setOpenPackage, useOpenPackage } from './packages-store.ts';

/** On every view of a coder package: whose it is, where it came from, and how to send the coding back. */
export function PackageBanner({ projectPath }: { projectPath: string }) {
  const info = useOpenPackage();
  useEffect(() => {
    let live = true;
    send('package-get', {})
      .then((i) => live && setOpenPackage(i))
      .catch(() => live && setOpenPackage(null));
    return () => {
      live = false;
      setOpenPackage(null);
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
