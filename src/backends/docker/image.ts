// The sandbox's image: used when the engine has it, pulled (with progress in the log) when not.
import { SandboxError } from "../types.js";
import { DockerApiError, type DockerClient } from "./client.js";

/** "name[:tag]" or "name@digest" into the fromImage/tag query of POST /images/create. */
export function splitImageReference(image: string): { fromImage: string; tag?: string } {
  if (image.includes("@")) return { fromImage: image };
  const lastSlash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  // a colon before the last slash is a registry port (localhost:5000/name), not a tag
  if (colon > lastSlash) return { fromImage: image.slice(0, colon), tag: image.slice(colon + 1) };
  return { fromImage: image, tag: "latest" };
}

const PULL_TIMEOUT_MS = 15 * 60_000;
const PROGRESS_EVERY_MS = 2000;

/** What the sandbox takes from the image's configuration. */
export interface ImageConfig {
  /** the image's PATH, or the usual one when it sets none */
  path: string;
}

const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

function imageConfig(inspect: { Config?: { Env?: string[] | null } | null }): ImageConfig {
  const path = inspect.Config?.Env?.find((entry) => entry.startsWith("PATH="))?.slice("PATH=".length);
  return { path: path || DEFAULT_PATH };
}

type ImageInspect = Parameters<typeof imageConfig>[0];

/** The image's configuration, pulling the image first when the engine does not have it. */
export async function ensureImage(
  client: DockerClient,
  image: string,
  log: (line: string) => void,
): Promise<ImageConfig> {
  if (!image.trim() || /\s/.test(image)) {
    throw new SandboxError(`the image name ${JSON.stringify(image)} is not valid`, "pass --image NAME[:TAG]");
  }
  try {
    return imageConfig(
      await client.request<ImageInspect>("GET", `/images/${encodeURIComponent(image)}/json`),
    );
  } catch (error) {
    if (!(error instanceof DockerApiError) || error.status !== 404) throw error;
  }
  log(`pulling image ${image}`);
  const failure = (message: string, cause?: unknown) =>
    new SandboxError(
      `the image ${image} is not on the engine and pulling it failed: ${message}`,
      "check the image name and tag, the registry's reachability and credentials, or load the image first (docker pull / docker load)",
      cause ? { cause } : undefined,
    );
  let response: Awaited<ReturnType<DockerClient["stream"]>>;
  try {
    response = await client.stream("POST", "/images/create", {
      query: splitImageReference(image),
      timeoutMs: PULL_TIMEOUT_MS,
    });
  } catch (error) {
    throw failure(error instanceof DockerApiError ? error.engineMessage : (error as Error).message, error);
  }
  // The engine answers 200 at once and reports a failure as an {error} line in the stream.
  let pending = "";
  let lastProgress = 0;
  let streamError: string | undefined;
  for await (const chunk of response.body) {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      let event: {
        status?: string;
        id?: string;
        progress?: string;
        error?: string;
        errorDetail?: { message?: string };
      };
      try {
        event = JSON.parse(line);
      } catch {
        continue;
      }
      if (event.error || event.errorDetail?.message) {
        streamError = event.errorDetail?.message ?? event.error;
        continue;
      }
      const now = Date.now();
      if (event.status && (!event.progress || now - lastProgress >= PROGRESS_EVERY_MS)) {
        lastProgress = now;
        log(`  ${[event.id, event.status, event.progress].filter(Boolean).join(" ")}`);
      }
    }
  }
  if (streamError) throw failure(streamError);
  // Some engines end the stream without an error line when nothing was pulled.
  let inspect: ImageInspect;
  try {
    inspect = await client.request<ImageInspect>("GET", `/images/${encodeURIComponent(image)}/json`);
  } catch (error) {
    throw failure(error instanceof DockerApiError ? error.engineMessage : (error as Error).message, error);
  }
  log(`pulled image ${image}`);
  return imageConfig(inspect);
}
