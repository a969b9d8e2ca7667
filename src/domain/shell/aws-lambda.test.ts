import { describe, expect, it } from 'vitest';
import { createShell } from './index';
import { returnedLiteral } from './aws-lambda';

const HANDLER = `def lambda_handler(event, context):
    return {
        "statusCode": 200,
        "body": "Hello, Serverless!",
    }
`;
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const shell = () =>
  createShell({ tools: ['aws'], files: { 'lambda_function.py': HANDLER, 'trust-policy.json': TRUST } });
const CREATE = `aws lambda create-function --function-name python-app \\
  --runtime python3.13 \\
  --role arn:aws:iam::123456789012:role/python-app-lambda \\
  --handler lambda_function.lambda_handler \\
  --zip-file fileb://function.zip`;

describe('aws iam and aws lambda: the lesson’s deployment', () => {
  it('role, zip, create, invoke: response.json holds what the handler returns', () => {
    const sh = shell();
    expect(
      sh.run('aws iam create-role --role-name python-app-lambda --assume-role-policy-document file://trust-policy.json')
        .stdout,
    ).toMatch(/"Arn": "arn:aws:iam::123456789012:role\/python-app-lambda"/);
    expect(
      sh.run(
        'aws iam attach-role-policy --role-name python-app-lambda --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      ).exitCode,
    ).toBe(0);
    expect(sh.run('zip function.zip lambda_function.py').stdout).toMatch(
      /^ {2}adding: lambda_function.py \(deflated \d+%\)\n$/,
    );
    // Right after create-role, IAM has not propagated: the documented error, then a retry works.
    expect(sh.run(CREATE).stderr).toBe(
      '\nAn error occurred (InvalidParameterValueException) when calling the CreateFunction operation: The role defined for the function cannot be assumed by Lambda.\n',
    );
    sh.run('sleep 5');
    const created = sh.run(CREATE);
    expect(created.exitCode).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      FunctionName: 'python-app',
      Runtime: 'python3.13',
      State: 'Pending',
      Timeout: 3,
      MemorySize: 128,
    });
    expect(sh.run('aws lambda invoke --function-name python-app response.json').stdout).toBe(
      '{\n    "StatusCode": 200,\n    "ExecutedVersion": "$LATEST"\n}\n',
    );
    expect(JSON.parse(sh.run('cat response.json').stdout)).toEqual({ statusCode: 200, body: 'Hello, Serverless!' });
    expect(sh.check({ tool: 'aws', kind: 'lambda-invoked', name: 'python-app' })).toBe(true);
    expect(sh.run(CREATE).stderr).toMatch(
      /ResourceConflictException\) when calling the CreateFunction operation: Function already exist: python-app/,
    );
  });

  it('the notes’ command as written fails where AWS would fail it', () => {
    const sh = shell();
    sh.run('zip function.zip lambda_function.py');
    const r = sh.run(
      'aws lambda create-function --function-name python-app --runtime python3.9 --role <IAM_ROLE> --handler lambda_function.lambda_handler --zip-file fileb://function.zip',
    );
    // The shell reads <IAM_ROLE> as a redirection from a file that does not exist, as bash does.
    expect(r.stderr).toBe('bash: IAM_ROLE: No such file or directory\n');
    const quoted = sh.run(
      `aws lambda create-function --function-name python-app --runtime python3.99 --role "IAM_ROLE" --handler h.h --zip-file fileb://function.zip`,
    );
    expect(quoted.stderr).toMatch(
      /ValidationException\) when calling the CreateFunction operation: 2 validation errors detected: Value 'python3.99' at 'runtime'.*; Value 'IAM_ROLE' at 'role' failed to satisfy constraint/,
    );
    sh.run('aws iam create-role --role-name r --assume-role-policy-document file://trust-policy.json');
    sh.run('sleep 10');
    sh.run(
      'aws lambda create-function --function-name wrong --runtime python3.13 --role arn:aws:iam::123456789012:role/r --handler app.handler --zip-file fileb://function.zip',
    );
    sh.run('aws lambda invoke --function-name wrong out.json');
    expect(JSON.parse(sh.run('cat out.json').stdout)).toMatchObject({
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Unable to import module 'app': No module named 'app'",
    });
    expect(
      sh.run(
        'aws lambda create-function --function-name nozip --runtime python3.13 --role arn:aws:iam::123456789012:role/r --handler a.b --zip-file fileb://lambda_function.py',
      ).stderr,
    ).toMatch(/Could not unzip uploaded file/);
  });

  it('reads a handler’s literal return value, Python style', () => {
    expect(returnedLiteral("def h(e, c):\n    return {'ok': True, 'n': None}\n", 'h')).toEqual({
      found: true,
      value: { ok: true, n: null },
    });
    expect(returnedLiteral('def other(e, c):\n    return 1\n', 'h').found).toBe(false);
  });
});
