package org.ipradar.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one shape of every API error: a stable snake_case code, a human sentence, and the parameter at fault if any.
 *
 * @param code stable code such as {@code invalid_limit}
 * @param message what was wrong, naming the value and the allowed values
 * @param field the parameter at fault, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String code, String message, String field) {}
