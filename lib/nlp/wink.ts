// The one wink-nlp instance, with its English model, made on first use and
// shared by the item generator (parts of speech) and the authoring step
// (sentences, tokens and entities): the model is loaded once per process.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | null = null;

export function wink(): Wink {
  instance ??= winkNLP(model);
  return instance;
}
