/** The one vocabulary of ipradar: kinds of document, country and region codes, languages. */
package org.ipradar.vocab;
