/**
 * Sandboxed preload: bundled to one CommonJS file that requires only 'electron'.
 * Exposes exactly one function; no ipcRenderer, no Node, no event listeners.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { ATTUNE_INVOKE_CHANNEL, type AttuneBridge } from '../../shared/api/bridge.ts';

const bridge: AttuneBridge = {
  // Only plain values cross: a string name and a structured-cloneable argument.
  invoke: (name: string, arg: unknown) => ipcRenderer.invoke(ATTUNE_INVOKE_CHANNEL, String(name), arg),
};

contextBridge.exposeInMainWorld('attune', bridge);
