package io.teamsdr.provisioning;

import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import java.util.List;

/**
 * A desired state was rejected before anything was read or written: lists every problem found, each
 * with its file, line, field and value, so that they can all be fixed at once. Also a
 * {@link ValidationException}, whose violations carry the same text.
 */
public class DesiredStateException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private final transient List<StateProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems what is wrong; at least one
     */
    public DesiredStateException(List<StateProblem> problems) {
        super(problems.stream().map(DesiredStateException::violation).toList());
        this.problems = List.copyOf(problems);
    }

    private static Violation violation(StateProblem problem) {
        String where = problem.location();
        return new Violation(where.isEmpty() ? problem.field() : where + ": " + problem.field(), problem.value(),
                problem.reason());
    }

    /**
     * Returns every problem found, in file order.
     *
     * @return the problems
     */
    public List<StateProblem> problems() {
        return problems;
    }
}
