/** The props of `UrlContext.astro`: the address context every view parses against, as JSON. */
import { dataset } from '../lib/data/dataset';
import { mainActorIds } from '../lib/encoding/actors';
import { urlContextOf } from '../lib/state/url-context';

/** The context as JSON that is safe inside a `<script>` element. */
export function urlContextJson(): string {
  return JSON.stringify(urlContextOf({ ...dataset, mainActors: mainActorIds })).replace(/</g, '\\u003c');
}
