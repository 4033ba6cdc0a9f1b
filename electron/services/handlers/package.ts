import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PackageWritten } from '../../../shared/api/package.ts';
import * as study from '../db/tables/study.ts';
import { ProjectStore } from '../project-store.ts';
import { ServiceError } from '../service-error.ts';
import { decryptProjectFile, plainPathFor } from '../study/encrypted-project.ts';
import { packageFileName, packageInfo, packageTranscriptsOf, writeCoderPackage } from '../study/package.ts';
import type { DomainHandlers } from './types.ts';

export const packageHandlers: DomainHandlers<'package'> = {
  'package-export': async ({ coderIds, folder, passphrase, overwrite }, ctx) => {
    const a = ctx.access;
    if (a.coder && a.coder.role !== 'lead')
      throw new ServiceError(
        'refused',
        `only a lead writes coder packages; you are coding as ${a.coder.name} (${a.coder.role})`,
      );
    const store = ctx.project;
    if (packageInfo(store))
      throw new ServiceError(
        'refused',
        'this project is itself a coder package: packages are written from the lead’s project',
      );
    const dir = resolve(folder);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new ServiceError('not-found', `${folder} is not a folder: choose an existing folder for the packages`, [
        { path: 'folder', message: 'not an existing folder' },
      ]);
    const assigned = [...new Set(study.listAssignments(store.db).map((r) => r.coderId))];
    const ids = coderIds ?? assigned;
    if (ids.length === 0) packageTranscriptsOf(store, '');
    const coders = store.listCoders();
    // Everything is checked before the first file is written.
    const jobs = ids.map((coderId) => {
      const coder = coders.find((c) => c.id === coderId && c.role !== 'consensus');
      if (!coder) throw new ServiceError('not-found', `no coder with id ${coderId}`);
      const output = join(dir, packageFileName(store.name, coder.name, passphrase !== undefined));
      if (!overwrite && existsSync(output))
        throw new ServiceError(
          'conflict',
          `${output} already exists: choose another folder, or allow replacing the files`,
        );
      return { coderId, output, transcriptIds: packageTranscriptsOf(store, coderId) };
    });
    const written: PackageWritten[] = [];
    for (const job of jobs)
      written.push(await writeCoderPackage(store, { ...job, passphrase, overwrite, actorId: a.coder?.id ?? null }));
    ctx.events.push({ type: 'project-changed' });
    return written;
  },
  'package-open': async ({ path, passphrase, existing }, ctx) => {
    const abs = resolve(path);
    const plain = plainPathFor(abs);
    if (existing === 'open-existing' && existsSync(plain)) return ctx.state.switchTo(ProjectStore.open(plain));
    // The copy about to be replaced must not stay open underneath.
    if (existing === 'replace' && ctx.state.open?.store.path === plain) ctx.state.close();
    const opened = await decryptProjectFile(abs, passphrase, { replace: existing === 'replace' });
    return ctx.state.switchTo(ProjectStore.open(opened));
  },
  'package-get': async (_, ctx) => packageInfo(ctx.project),
};
