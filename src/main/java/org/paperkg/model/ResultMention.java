package org.paperkg.model;

import java.math.BigDecimal;

/**
 * A reported quantitative result: metric, value and optionally dataset and baseline.
 *
 * @param metric        the metric as written, or null
 * @param dataset       the dataset as written, or null
 * @param value         the number as written (no unit), e.g. "44.5"
 * @param numericValue  the same as a decimal
 * @param unit          "percent", "points", "times" or null
 * @param baselineValue the compared-from value as written, or null
 * @param text          the quoted evidence, e.g. "improves pass@100 from 35.5% to 44.5% on GSM8K"
 */
public record ResultMention(String metric, String dataset, String value, BigDecimal numericValue, String unit,
                            String baselineValue, String text, TextField field, Span span, Span sentence,
                            String extractor, double confidence) {
}
