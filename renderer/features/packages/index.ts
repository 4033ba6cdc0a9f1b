/**
 * Coder packages and encrypted files: writing packages (a lead), opening an encrypted package with its
 * passphrase, the banner a package shows, and the passphrase fields other features reuse.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { isEncryptedText, looksEncryptedPath } from './encrypted.ts';
export { OpenEncryptedDialog } from './open-encrypted-dialog.tsx';
export { PackageBanner } from './package-banner.tsx';
export { PackageDialogs } from './package-dialogs.tsx';
export { PackagesCard } from './packages-card.tsx';
export { closePackagesDialog, openPackagesDialog, useOpenPackage, usePackagesDialog } from './packages-store.ts';
export { PassphraseFields, passphraseProblem } from './passphrase-fields.tsx';
export { EncryptOption } from './encrypt-option.tsx';
