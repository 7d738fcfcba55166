/**
 * The review log as FSRS training data, and how well a set of FSRS
 * parameters predicts it. Pure: the fitting itself runs in fsrs-rs
 * (fsrs-browser, in a worker); this module prepares its input and scores its
 * output with ts-fsrs's own model, the one the scheduler uses.
 */
import { FSRSAlgorithm, clipParameters, default_w, generatorParameters, type FSRSState } from 'ts-fsrs'
import { CardState, type GradeValue, type ReviewLogRecord } from './card.ts'
import { fsrsParameterCount } from './settings.ts'

/** ts-fsrs's default FSRS-6 parameters: what a user without fitted ones is scheduled with. */
export const defaultFsrsParameters: readonly number[] = default_w

/**
 * Fewer usable reviews than this and Optimize stays off. fsrs-rs itself
 * returns the defaults under 8 items and fits only the four initial
 * stabilities under 64; the FSRS project's guidance (the fsrs4anki tutorial,
 * and Anki 24.04's own limit) was to keep the defaults under 400 reviews.
 */
export const minimumTrainingReviews = 400

/** One review as fsrs-rs sees it: the grade, and whole days since the card's previous review. */
export interface TrainingReview {
  rating: GradeValue
  deltaT: number
}

/**
 * One training item: a card's reviews up to and including the one whose
 * outcome is to be predicted (the last).
 */
export interface TrainingItem {
  reviews: TrainingReview[]
  /** When the last review happened (epoch ms): items are in this order, oldest first. */
  at: number
}

export interface TrainingSet {
  items: TrainingItem[]
  /** Reviews that can be learned from: one per item. */
  reviews: number
  /** Cards with at least one item. */
  cards: number
}

/** A card's reviews in time order, starting again at its last reset. */
function cardHistory(logs: readonly ReviewLogRecord[]): ReviewLogRecord[] {
  const sorted = [...logs].sort((a, b) => a.review - b.review || (a.id ?? 0) - (b.id ?? 0))
  // A review of a card in state New after earlier reviews: the card was reset
  // (forgotten) in between, so what came before says nothing about its memory now.
  let start = 0
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.state === CardState.New) start = i
  return sorted.slice(start)
}

/**
 * The review log (every card's, imported Anki history included) as fsrs-rs
 * training items. Per card, reviews in time order; `deltaT` is the number of
 * study days since the previous review (0 on the same study day, and for the
 * first review). Every prefix of two or more reviews is an item, except one
 * whose last review came on the same study day as the one before: fsrs-rs
 * predicts only long-term reviews (its own Anki conversion drops those
 * items, and its outlier filter cannot take an item without a review a day
 * or more apart). A card's history starts at its last reset.
 */
export function buildTrainingSet(logs: readonly ReviewLogRecord[]): TrainingSet {
  const items: TrainingItem[] = []
  let cards = 0
  for (const history of cardHistories(logs)) {
    const reviews = trainingReviews(history)
    const before = items.length
    for (let i = 1; i < reviews.length; i++) {
      if (reviews[i]!.deltaT > 0) items.push({ reviews: reviews.slice(0, i + 1), at: history[i]!.review })
    }
    if (items.length > before) cards++
  }
  items.sort((a, b) => a.at - b.at)
  return { items, reviews: items.length, cards }
}

/** How many reviews buildTrainingSet would make items of, without making them. */
export function countTrainingReviews(logs: readonly ReviewLogRecord[]): number {
  let n = 0
  for (const history of cardHistories(logs)) {
    const reviews = trainingReviews(history)
    for (let i = 1; i < reviews.length; i++) if (reviews[i]!.deltaT > 0) n++
  }
  return n
}

function cardHistories(logs: readonly ReviewLogRecord[]): ReviewLogRecord[][] {
  const byCard = new Map<string, ReviewLogRecord[]>()
  for (const log of logs) {
    if (log.rating < 1 || log.rating > 4) continue
    let list = byCard.get(log.cardId)
    if (!list) byCard.set(log.cardId, (list = []))
    list.push(log)
  }
  return [...byCard.values()].map(cardHistory)
}

function trainingReviews(history: readonly ReviewLogRecord[]): TrainingReview[] {
  return history.map((log, i) => ({
    rating: log.rating,
    deltaT: i === 0 ? 0 : Math.max(0, log.day - history[i - 1]!.day),
  }))
}

/**
 * fsrs-rs's output as the parameters to store and schedule with: 21 finite
 * numbers, clipped to the ranges ts-fsrs accepts (as ts-fsrs would clip them
 * anyway). Throws with a plain message otherwise.
 */
export function fittedParameters(raw: readonly number[]): number[] {
  if (raw.length !== fsrsParameterCount)
    throw new Error(`the optimizer returned ${raw.length} parameters, not FSRS-6's ${fsrsParameterCount}`)
  if (!raw.every(Number.isFinite)) throw new Error('the optimizer returned a parameter that is not a number')
  return clipParameters([...raw], 0, true)
}

/** The items as fsrs-rs's `computeParameters(ratings, delta_ts, lengths, …)` takes them: flattened, with each item's length. */
export function flattenTrainingItems(items: readonly TrainingItem[]): {
  ratings: Uint32Array
  deltaTs: Uint32Array
  lengths: Uint32Array
} {
  const total = items.reduce((n, item) => n + item.reviews.length, 0)
  const ratings = new Uint32Array(total)
  const deltaTs = new Uint32Array(total)
  const lengths = new Uint32Array(items.length)
  let k = 0
  items.forEach((item, i) => {
    lengths[i] = item.reviews.length
    for (const r of item.reviews) {
      ratings[k] = r.rating
      deltaTs[k] = r.deltaT
      k++
    }
  })
  return { ratings, deltaTs, lengths }
}

/** ts-fsrs's model with parameters `w` (short-term memory on, as the scheduler runs it). */
export function fsrsModel(w: readonly number[]): FSRSAlgorithm {
  return new FSRSAlgorithm(generatorParameters({ w: [...w], enable_short_term: true, enable_fuzz: false }))
}

/** The memory state after `reviews`, replayed through the model. */
export function replayMemory(model: FSRSAlgorithm, reviews: readonly TrainingReview[]): FSRSState | null {
  let state: FSRSState | null = null
  for (const r of reviews) state = model.next_state(state, r.deltaT, r.rating)
  return state
}

/** The predicted probability of recall at the item's last review, from the reviews before it. */
export function predictRecall(model: FSRSAlgorithm, item: TrainingItem): number {
  const last = item.reviews[item.reviews.length - 1]
  const state = replayMemory(model, item.reviews.slice(0, -1))
  if (!last || !state) return 0.5
  return model.forgetting_curve(last.deltaT, state.stability)
}

/** fsrs-rs's recency weights: items in time order weigh from 0.25 (oldest) to 1 (newest). */
export function recencyWeights(n: number): number[] {
  const length = Math.max(n - 1, 1)
  return Array.from({ length: n }, (_, i) => 0.25 + 0.75 * (i / length) ** 3)
}

/**
 * fsrs-rs's bin of an item for "RMSE (bins)": by the interval before the
 * last review, the number of long-term reviews, and the lapses before it,
 * each on a logarithmic scale.
 */
export function rmseBin(item: TrainingItem): string {
  const reviews = item.reviews
  const last = reviews[reviews.length - 1]!
  const logBase = (x: number, b: number) => Math.log(x) / Math.log(b)
  const deltaBin = Math.round(2.48 * 3.62 ** Math.floor(logBase(last.deltaT, 3.62)) * 100)
  const length = reviews.filter((r) => r.deltaT > 0).length + 1
  const lengthBin = Math.round(1.99 * 1.89 ** Math.floor(logBase(length, 1.89)))
  const lapses = reviews.slice(0, -1).filter((r) => r.rating === 1 && r.deltaT > 0).length
  const lapseBin = lapses === 0 ? 0 : Math.round(1.65 * 1.73 ** Math.floor(logBase(lapses, 1.73)))
  return `${deltaBin}/${lengthBin}/${lapseBin}`
}

export interface ParameterEvaluation {
  /** Recency-weighted binary cross-entropy of the predicted recall (lower is better). */
  logLoss: number
  /** fsrs-rs's "RMSE (bins)": predicted against actual recall per bin, weighted (lower is better). */
  rmse: number
}

/** Predictions are kept off 0 and 1 (ts-fsrs rounds to 8 places), so one surprise cannot cost infinity. */
const clampRecall = (r: number) => Math.min(Math.max(r, 0.0001), 0.9999)

/**
 * How well parameters `w` predict the items (in time order, as
 * buildTrainingSet gives them): log loss and RMSE (bins), as fsrs-rs's
 * `evaluate` computes them (recall is a rating above Again; recency weights;
 * its bins), with ts-fsrs's model replaying each item's memory state.
 */
export function evaluateParameters(
  w: readonly number[],
  items: readonly TrainingItem[],
): ParameterEvaluation {
  if (items.length === 0) return { logLoss: Number.NaN, rmse: Number.NaN }
  const model = fsrsModel(w)
  const weights = recencyWeights(items.length)
  const bins = new Map<string, { predicted: number; actual: number; count: number; weight: number }>()
  let loss = 0
  let weightSum = 0
  items.forEach((item, i) => {
    const p = clampRecall(predictRecall(model, item))
    const y = item.reviews[item.reviews.length - 1]!.rating > 1 ? 1 : 0
    const weight = weights[i]!
    loss -= weight * (y * Math.log(p) + (1 - y) * Math.log(1 - p))
    weightSum += weight
    const key = rmseBin(item)
    const bin = bins.get(key) ?? { predicted: 0, actual: 0, count: 0, weight: 0 }
    bin.predicted += p
    bin.actual += y
    bin.count += 1
    bin.weight += weight
    bins.set(key, bin)
  })
  let squared = 0
  let binWeight = 0
  for (const bin of bins.values()) {
    squared += (bin.predicted / bin.count - bin.actual / bin.count) ** 2 * bin.weight
    binWeight += bin.weight
  }
  return { logLoss: loss / weightSum, rmse: Math.sqrt(squared / binWeight) }
}
