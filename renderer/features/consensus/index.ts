/**
 * The Consensus view: building the consensus record from the coders' codings.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { ConsensusBuilder } from './consensus-builder.tsx';
